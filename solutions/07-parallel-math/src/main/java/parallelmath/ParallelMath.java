package parallelmath;

import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/**
 * Heavy math spread over every core with parallel streams.
 *
 * <p>Java threads have no global lock: each runs on a core of its own, at the same time as the
 * others. A parallel stream hands its elements to the common fork-join pool, whose workers, with the
 * calling thread, are about as many as the cores. Four tasks of half a second take about one second
 * on two cores, and half a second on four.
 */
public final class ParallelMath {

    private ParallelMath() {
    }

    /** Computes every task once, the tasks in parallel, and returns the results in the order of {@code tasks}. */
    public static List<Long> computeAll(List<HeavyTask> tasks) {
        // map keeps each result beside its task, and toList puts them back in the list's order,
        // whichever thread finished first.
        return tasks.parallelStream().map(HeavyTask::compute).toList();
    }

    /** Counts the numbers {@code n} with {@code from <= n < to} for which {@code isPrime} answers yes. */
    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        // A range splits in halves, and halves of halves, so every core gets a share of one big job.
        return LongStream.range(from, to).parallel().filter(isPrime).count();
    }
}
