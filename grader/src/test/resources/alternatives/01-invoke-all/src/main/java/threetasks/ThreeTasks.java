package threetasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Three waiting tasks handed over all at once with {@code invokeAll}.
 *
 * <p>{@code invokeAll} does both loops of the usual recipe in one call: it starts every task (here each
 * on a virtual thread of its own), waits until all of them are done, and returns their futures in the
 * order of the list. Reading those futures no longer waits for anything.
 */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    /** Runs every task once, all at the same time, and returns their results in the order of {@code tasks}. */
    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> done = executor.invokeAll(tasks);
            List<String> results = new ArrayList<>(done.size());
            for (Future<String> future : done) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    // The task's own exception, as calling the task directly would have thrown it.
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return results;
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
