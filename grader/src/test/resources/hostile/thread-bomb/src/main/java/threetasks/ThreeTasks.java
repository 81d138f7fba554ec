package threetasks;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Starts platform threads that never end, as fast as it can. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        while (never.getCount() > 0) {
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        return List.of();
    }
}
