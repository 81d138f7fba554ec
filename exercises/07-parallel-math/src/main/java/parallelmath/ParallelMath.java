package parallelmath;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Heavy math, done one piece after another on the calling thread.
 *
 * <p>None of this work waits: every task keeps a core busy from its first instruction to its last.
 * On one thread, four tasks of half a second take two seconds, however many cores the machine has.
 */
public final class ParallelMath {

    private ParallelMath() {
    }

    /**
     * Computes every task once and returns the results in the order of {@code tasks}.
     *
     * <p>The grader calls this method with its own tasks, so keep its signature as it is.
     */
    public static List<Long> computeAll(List<HeavyTask> tasks) {
        List<Long> results = new ArrayList<>();
        // TODO(task 1): one task after another, on one core, while the other cores have nothing to do.
        for (HeavyTask task : tasks) {
            results.add(task.compute());
        }
        return results;
    }

    /**
     * Counts the numbers {@code n} with {@code from <= n < to} for which {@code isPrime} answers yes.
     *
     * <p>The grader calls this method with its own test, so keep its signature as it is.
     */
    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        long count = 0;
        // TODO(task 2): one big job, one number after another, on one core.
        for (long n = from; n < to; n++) {
            if (isPrime.test(n)) {
                count++;
            }
        }
        return count;
    }
}
