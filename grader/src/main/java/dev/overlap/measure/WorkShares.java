package dev.overlap.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the work each thread did, and how much of it beside another thread, in short buckets of time.
 *
 * <p>Why shares and buckets: two threads whose first and last pieces of work span the same stretch are not yet
 * parallel; a helper that does 65 of 35 000 pieces beside a sequential main thread spans it too. Parallel work means
 * at least two threads each doing a real share of it while another thread works too. Time is cut into short
 * buckets, and a thread's work counts as done beside another only in the buckets where another thread did some work
 * as well, and where the two of them also shared the bucket before or after. Threads that hand the work over, one
 * after another (a thread started and joined per task), share only the bucket of each hand-over: that alone is
 * not working side by side.
 *
 * @param byThread per thread, the work it did in each bucket: pieces counted, or nanoseconds of recorded calls
 */
public record WorkShares(Map<String, long[]> byThread) {

    /**
     * log2 of a bucket's length in nanoseconds: 2^24 ns, about 17 ms. Longer than the time slices an operating
     * system gives two threads that share a busy core, so threads taking turns on a loaded machine still count as
     * working side by side, and shorter than any timed run, which lasts several buckets.
     */
    private static final int BUCKET_SHIFT = 24;

    static int bucketOf(long nanosSinceOrigin) {
        return (int) (Math.max(0, nanosSinceOrigin) >>> BUCKET_SHIFT);
    }

    /** When a bucket begins, in nanoseconds since the origin. */
    static long startOf(int bucket) {
        return (long) bucket << BUCKET_SHIFT;
    }

    static WorkShares ofPieces(Map<String, long[]> byThread) {
        return new WorkShares(Map.copyOf(byThread));
    }

    /** Recorded calls as work: each call's nanoseconds, spread over the buckets its interval covers. */
    static WorkShares ofCalls(List<Call> calls) {
        Map<String, long[]> byThread = new HashMap<>();
        for (Call call : calls) {
            long[] buckets = new long[bucketOf(call.endNanos()) + 1];
            for (long at = call.startNanos(); at < call.endNanos(); ) {
                long bucketEnd = ((at >>> BUCKET_SHIFT) + 1) << BUCKET_SHIFT;
                long until = Math.min(bucketEnd, call.endNanos());
                buckets[bucketOf(at)] += until - at;
                at = until;
            }
            byThread.merge(call.thread(), buckets, WorkShares::add);
        }
        return new WorkShares(byThread);
    }

    static long[] add(long[] one, long[] other) {
        long[] sum = new long[Math.max(one.length, other.length)];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = (i < one.length ? one[i] : 0) + (i < other.length ? other[i] : 0);
        }
        return sum;
    }

    public long total() {
        return byThread.values().stream().mapToLong(WorkShares::sum).sum();
    }

    /** The work a thread did in buckets where another thread worked too, the two of them for two buckets in a row. */
    public long besideAnother(String thread) {
        long[] own = byThread.get(thread);
        long beside = 0;
        for (int bucket = 0; bucket < own.length; bucket++) {
            if (own[bucket] > 0 && anotherWorkedAlongside(thread, bucket)) {
                beside += own[bucket];
            }
        }
        return beside;
    }

    /**
     * The least part of an even share a thread must do beside another for its work to count: a tenth. A token helper
     * does far less (65 of 35 000 pieces is a two-hundredth of a share); an honest parallel stream on a machine where
     * a neighbour holds a core can leave its pool's worker as little as a fifth of a share, so half would fail it.
     */
    static final double REAL_SHARE = 0.1;

    /**
     * How many threads did at least a tenth of an even share of the work ({@code total / workers}) beside another
     * thread: two or more is parallel work.
     */
    public int threadsWithARealShare(int workers) {
        long total = total();
        if (total == 0) {
            return 0;
        }
        double least = (double) total / Math.max(1, workers) * REAL_SHARE;
        return (int) byThread.keySet().stream().filter(thread -> besideAnother(thread) >= least).count();
    }

    private boolean anotherWorkedAlongside(String thread, int bucket) {
        long[] own = byThread.get(thread);
        for (Map.Entry<String, long[]> other : byThread.entrySet()) {
            long[] theirs = other.getValue();
            if (!other.getKey().equals(thread) && worked(theirs, bucket)
                    && (bothWorked(own, theirs, bucket - 1) || bothWorked(own, theirs, bucket + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean bothWorked(long[] one, long[] other, int bucket) {
        return worked(one, bucket) && worked(other, bucket);
    }

    private static boolean worked(long[] buckets, int bucket) {
        return bucket >= 0 && bucket < buckets.length && buckets[bucket] > 0;
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
