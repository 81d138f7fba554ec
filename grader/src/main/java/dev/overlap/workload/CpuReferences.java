package dev.overlap.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/** The kit's own ways to run CPU work, against which submissions are timed in the same rounds. */
public final class CpuReferences {

    private CpuReferences() {
    }

    /** The baseline: one task after another on the calling thread. */
    public static List<Long> oneAfterAnother(List<? extends LongSupplier> tasks) {
        List<Long> results = new ArrayList<>(tasks.size());
        for (LongSupplier task : tasks) {
            results.add(task.getAsLong());
        }
        return results;
    }

    /** The reference: a parallel stream, which spreads the tasks over the common pool and the caller. */
    public static List<Long> inParallel(List<? extends LongSupplier> tasks) {
        return tasks.parallelStream().map(LongSupplier::getAsLong).toList();
    }

    /** The baseline for a range: every number tested in turn on the calling thread. */
    public static long countOneByOne(long from, long to, LongPredicate test) {
        long count = 0;
        for (long n = from; n < to; n++) {
            if (test.test(n)) {
                count++;
            }
        }
        return count;
    }

    /** The reference for a range: a parallel stream splits it into halves, and halves of halves. */
    public static long countInParallel(long from, long to, LongPredicate test) {
        return LongStream.range(from, to).parallel().filter(test).count();
    }

    /** The baseline for a sum over 1..n: every term in turn on the calling thread, without boxing. */
    public static long sumOneByOne(long n, LongUnaryOperator term) {
        return LongStream.rangeClosed(1, n).map(term).sum();
    }

    /** The reference for a sum over 1..n: a primitive range, split in halves over the cores. */
    public static long sumInParallel(long n, LongUnaryOperator term) {
        return LongStream.rangeClosed(1, n).parallel().map(term).sum();
    }
}
