package dev.overlap.measure;

import java.time.Duration;
import java.util.List;

/**
 * One recorded piece of work: when it ran, relative to its recorder's start, on which thread, and what the thread did.
 *
 * @param carrier  the platform thread that carried a virtual thread when the work began, where the
 *                 JDK tells it (empty otherwise)
 * @param activity whether the thread waited, computed or attended to a step, as the workload knows
 * @param busy     for the span of a thread's counted pieces ({@link Recorder#tick}), the stretches in which it did some
 *                 of them; empty for a call, which is busy from start to end
 */
public record Call(String label, long startNanos, long endNanos, String thread, boolean virtual, String carrier,
                   Activity activity, List<Span> busy) {

    public Call {
        busy = List.copyOf(busy);
    }

    public Duration duration() {
        return Duration.ofNanos(endNanos - startNanos);
    }

    boolean overlaps(Call other) {
        return startNanos < other.endNanos && other.startNanos < endNanos;
    }

    /** A stretch of time, in nanoseconds relative to the recorder's start. */
    public record Span(long startNanos, long endNanos) {
    }
}
