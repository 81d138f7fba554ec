package threetasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Two virtual threads take the same two locks in opposite orders and wait for each other forever. */
public final class ThreeTasks {

    private static final Object LEFT = new Object();
    private static final Object RIGHT = new Object();

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        Thread first = Thread.ofVirtual().start(() -> takeBoth(LEFT, RIGHT));
        Thread second = Thread.ofVirtual().start(() -> takeBoth(RIGHT, LEFT));
        first.join();
        second.join();
        List<String> results = new ArrayList<>();
        for (Callable<String> task : tasks) {
            results.add(task.call());
        }
        return results;
    }

    private static void takeBoth(Object one, Object other) {
        synchronized (one) {
            pause();
            synchronized (other) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
