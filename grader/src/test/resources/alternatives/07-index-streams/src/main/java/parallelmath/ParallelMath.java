package parallelmath;

import java.time.Duration;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Heavy math spread over every core with parallel streams over ranges of numbers: indexes for the tasks, and the
 * numbers themselves for the primes.
 *
 * <p>Java threads have no global lock: each runs on a core of its own, at the same time as the others.
 */
public final class ParallelMath {

    private ParallelMath() {
    }

    /** Computes every task once, the tasks in parallel, and returns the results in the order of {@code tasks}. */
    public static List<Long> computeAll(List<HeavyTask> tasks) {
        // A range of indexes splits into exact halves, and mapping index i to the result of task i keeps every
        // result in its task's place, whichever core computed it.
        return IntStream.range(0, tasks.size()).parallel()
                .mapToObj(i -> tasks.get(i).compute())
                .toList();
    }

    /** Counts the numbers {@code n} with {@code from <= n < to} for which {@code isPrime} answers yes. */
    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        // Each number maps to 1 or 0 and the stream adds them up: every thread sums its own part, and the parts'
        // sums are added at the end, so no counter is shared.
        return LongStream.range(from, to).parallel()
                .map(n -> isPrime.test(n) ? 1 : 0)
                .sum();
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
