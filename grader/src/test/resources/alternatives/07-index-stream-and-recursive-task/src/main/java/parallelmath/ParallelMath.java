package parallelmath;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RecursiveTask;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;

/**
 * Heavy math spread over every core, once with a parallel stream and once with fork/join by hand.
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
        // invoke() computes the task on this thread, and the halves it forks go to the common pool, whose
        // workers take them. So this thread counts too, beside the pool's workers: on two cores the common pool
        // has a single worker, and ForkJoinPool.commonPool().invoke(task) could leave that worker to count the
        // whole range alone while this thread only waits.
        return new PrimeCount(from, to, isPrime).invoke();
    }

    /**
     * Counts the primes of {@code [from, to)}: a small range directly, a large one by splitting it in halves
     * that other workers of the pool can take. Each half counts on its own, and the halves' counts are added:
     * no counter is shared.
     */
    private static final class PrimeCount extends RecursiveTask<Long> {

        /** Small enough to give every core many pieces, large enough that splitting costs little. */
        private static final long SMALL = 1_000;

        private final long from;
        private final long to;
        private final LongPredicate isPrime;

        PrimeCount(long from, long to, LongPredicate isPrime) {
            this.from = from;
            this.to = to;
            this.isPrime = isPrime;
        }

        @Override
        protected Long compute() {
            if (to - from <= SMALL) {
                long count = 0;
                for (long n = from; n < to; n++) {
                    if (isPrime.test(n)) {
                        count++;
                    }
                }
                return count;
            }
            long middle = from + (to - from) / 2;
            PrimeCount lower = new PrimeCount(from, middle, isPrime);
            // Offer the lower half to another worker, count the upper half here, then add the two.
            lower.fork();
            long upper = new PrimeCount(middle, to, isPrime).compute();
            return lower.join() + upper;
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
