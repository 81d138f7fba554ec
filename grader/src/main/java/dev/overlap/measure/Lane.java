package dev.overlap.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pieces of work one thread counted through {@link Recorder#tick}: how many, when the first and (within a few
 * pieces) the last ran, and how many fell in each short bucket of time, which tells a thread that worked beside
 * another from one that worked before or after it. Only its own thread writes it, with plain fields, because a
 * piece can cost a few nanoseconds; it is read once the measured code has returned.
 */
final class Lane {

    /** Reading the clock for every piece would cost more than many pieces do; every 64th is close enough. */
    private static final long CLOCK_EVERY = 64;

    private final String thread;
    private final boolean virtual;
    private final String carrier;
    private final long origin;
    private long[] buckets = new long[64];
    private long unbucketed;
    private String label;
    private long count;
    private long firstNanos;
    private long lastNanos;

    Lane(String thread, boolean virtual, String carrier, long origin) {
        this.thread = thread;
        this.virtual = virtual;
        this.carrier = carrier;
        this.origin = origin;
    }

    void tick(String pieceLabel) {
        unbucketed++;
        if (count == 0) {
            label = pieceLabel;
            firstNanos = System.nanoTime();
            lastNanos = firstNanos;
            putInBucket();
        } else if (count % CLOCK_EVERY == 0) {
            lastNanos = System.nanoTime();
            putInBucket();
        }
        count++;
    }

    private void putInBucket() {
        int bucket = WorkShares.bucketOf(lastNanos - origin);
        if (bucket >= buckets.length) {
            buckets = Arrays.copyOf(buckets, Math.max(bucket + 1, buckets.length * 2));
        }
        buckets[bucket] += unbucketed;
        unbucketed = 0;
    }

    /** The pieces counted in each bucket of time since the recorder's origin, the last few in the last bucket. */
    long[] buckets() {
        long[] copy = Arrays.copyOf(buckets, Math.max(buckets.length, WorkShares.bucketOf(lastNanos
                - origin) + 1));
        copy[WorkShares.bucketOf(lastNanos - origin)] += unbucketed;
        return copy;
    }

    String thread() {
        return thread;
    }

    long count() {
        return count;
    }

    Call asCall(long origin) {
        return new Call(label + " (" + count + " pieces)", firstNanos - origin, lastNanos - origin, thread, virtual,
                carrier, Activity.COMPUTING, busy(origin));
    }

    /**
     * The stretches of the span in which this thread counted pieces, bucket by bucket; none when it counted some in
     * every bucket of the span, which the span itself then says. A helper that did a few pieces at the start and a
     * few at the end spans the whole run, but is busy in two short stretches only.
     */
    private List<Call.Span> busy(long origin) {
        long from = firstNanos - origin;
        long to = lastNanos - origin;
        long[] counted = buckets();
        List<Call.Span> spans = new ArrayList<>();
        for (int bucket = WorkShares.bucketOf(from); bucket <= WorkShares.bucketOf(to); bucket++) {
            if (counted[bucket] == 0) {
                continue;
            }
            long start = Math.max(from, WorkShares.startOf(bucket));
            long end = Math.min(to, WorkShares.startOf(bucket + 1));
            if (!spans.isEmpty() && spans.getLast().endNanos() == start) {
                start = spans.removeLast().startNanos();
            }
            spans.add(new Call.Span(start, end));
        }
        return spans.size() == 1 ? List.of() : spans;
    }
}
