package threetasks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Three waiting tasks as CompletableFutures, each running on a virtual thread of its own.
 *
 * <p>{@code supplyAsync} starts a task and returns at once, so mapping every task to a future starts
 * them all; only then does the code wait, by joining the futures in the order of the list.
 */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    /** Runs every task once, all at the same time, and returns their results in the order of {@code tasks}. */
    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        // Name the executor: without one, supplyAsync would wait on the common pool, one thread per core.
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            // toList() ends the stream here, so every task has started before the first join below.
            List<CompletableFuture<String>> started = tasks.stream()
                    .map(task -> CompletableFuture.supplyAsync(() -> call(task), virtualThreads))
                    .toList();
            try {
                return started.stream().map(CompletableFuture::join).toList();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }

    /** A Supplier cannot throw a checked exception, so the task's is carried out in a CompletionException. */
    private static String call(Callable<String> task) {
        try {
            return task.call();
        } catch (InterruptedException e) {
            // Keep the flag up on this thread, whose owner may want to know it was asked to stop.
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (Exception e) {
            throw new CompletionException(e);
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
