package threetasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Three waiting tasks, all started before any is awaited.
 *
 * <p>A virtual thread is cheap to create and costs almost nothing while it waits, so each task
 * gets its own: no pool to size, no thread to share. The waits now overlap, and the whole run
 * takes about as long as the longest task: 300 ms instead of 600 ms.
 */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    /** Runs every task once, all at the same time, and returns their results in the order of {@code tasks}. */
    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        List<String> results = new ArrayList<>();
        for (Callable<String> task : tasks) {
            String[] result = new String[1];
            Exception[] failure = new Exception[1];
            Thread thread = Thread.ofVirtual().start(() -> {
                try {
                    result[0] = task.call();
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            // Joined before the next thread is started: one task at a time again.
            thread.join();
            if (failure[0] != null) {
                throw failure[0];
            }
            results.add(result[0]);
        }
        return results;
    }

    private static String resultOf(Future<String> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // Rethrow what the task threw, not the wrapper, as the sequential version would.
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
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
