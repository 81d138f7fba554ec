package parallelmath;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/**
 * Heavy math spread over every core, in a fork-join pool of this class's own.
 *
 * <p>A parallel stream started from inside a fork-join pool splits its work over that pool's workers. A pool
 * with one worker per core keeps the math off the common pool, which the rest of the program may need, and
 * still uses every core; more workers than cores would only take turns on them.
 */
public final class ParallelMath {

    private ParallelMath() {
    }

    /** Computes every task once, the tasks in parallel, and returns the results in the order of {@code tasks}. */
    public static List<Long> computeAll(List<HeavyTask> tasks) {
        // map keeps each result beside its task, and toList puts them back in the list's order.
        return onEveryCore(() -> tasks.parallelStream().map(HeavyTask::compute).toList());
    }

    /** Counts the numbers {@code n} with {@code from <= n < to} for which {@code isPrime} answers yes. */
    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        // Each worker counts its share of the range; the stream adds the shares, so no counter is shared.
        return onEveryCore(() -> LongStream.range(from, to).parallel().filter(isPrime).count());
    }

    /** Runs {@code work} in a new pool with one worker per core, and closes the pool once the work is done. */
    private static <T> T onEveryCore(Callable<T> work) {
        try (ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
            // join() rethrows what the work threw, unchecked, as the sequential code would have thrown it.
            return pool.submit(work).join();
        }
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
