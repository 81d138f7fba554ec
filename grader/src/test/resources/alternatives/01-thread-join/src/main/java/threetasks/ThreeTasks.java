package threetasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Three waiting tasks, each on a virtual thread started by hand.
 *
 * <p>No executor: one loop starts a virtual thread per task, a second loop joins them. Each thread
 * writes its result into its own slot of an array, so the results keep the order of the tasks, and
 * no two threads ever write to the same place.
 */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    /** Runs every task once, all at the same time, and returns their results in the order of {@code tasks}. */
    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        String[] results = new String[tasks.size()];
        Exception[] failures = new Exception[tasks.size()];
        List<Thread> threads = new ArrayList<>();

        // Start every thread first: joining inside this loop would wait for each task before the next began.
        for (int i = 0; i < tasks.size(); i++) {
            int slot = i;
            Callable<String> task = tasks.get(i);
            threads.add(Thread.ofVirtual().name("task-" + slot).start(() -> {
                try {
                    results[slot] = task.call();
                } catch (Exception e) {
                    failures[slot] = e;
                }
            }));
        }

        // join() also makes the threads' writes to the arrays visible here (a happens-before edge).
        for (Thread thread : threads) {
            thread.join();
        }

        // Like the sequential version, let the first failing task's exception through as it was.
        for (Exception failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return Arrays.asList(results);
    }

    public static void main(String[] args) throws Exception {
        List<Callable<String>> tasks = List.of(
                waiting("A", Duration.ofMillis(300)),
                waiting("B", Duration.ofMillis(100)),
                waiting("C", Duration.ofMillis(200)));

        long start = System.nanoTime();
        List<String> results = runAll(tasks);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println(results + " in " + elapsedMillis + " ms");
    }

    private static Callable<String> waiting(String name, Duration duration) {
        return () -> {
            Thread.sleep(duration);
            return name + " done";
        };
    }
}
