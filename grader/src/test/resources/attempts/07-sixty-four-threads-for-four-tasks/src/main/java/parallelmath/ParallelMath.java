package parallelmath;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/** The tasks on a pool of 64 platform threads; the range split by a parallel stream. */
public final class ParallelMath {

    private ParallelMath() {
    }

    /** Computes every task once, the tasks in parallel, and returns the results in the order of {@code tasks}. */
    public static List<Long> computeAll(List<HeavyTask> tasks) {
        List<Future<Long>> results;
        // The mistake: 64 threads for a handful of tasks on a few cores; beyond the cores they take turns.
        try (ExecutorService pool = Executors.newFixedThreadPool(64)) {
            results = tasks.stream().map(task -> pool.submit(task::compute)).toList();
        }
        return results.stream().map(Future::resultNow).toList();
    }

    /** Counts the numbers {@code n} with {@code from <= n < to} for which {@code isPrime} answers yes. */
    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        // A range splits in halves, and halves of halves, so every core gets a share of one big job.
        return LongStream.range(from, to).parallel().filter(isPrime).count();
    }

    public static void main(String[] args) {
        List<HeavyTask> tasks = MathTasks.fourHeavyTasks();
        int cores = Runtime.getRuntime().availableProcessors();

        long start = System.nanoTime();
        List<Long> results = computeAll(tasks);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println(results + " in " + elapsedMillis + " ms on " + cores + " cores");
    }
}
