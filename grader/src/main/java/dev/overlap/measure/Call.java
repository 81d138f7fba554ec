package dev.overlap.measure;

import java.time.Duration;

/**
 * One recorded piece of work: when it ran, relative to its recorder's start, and on which thread.
 *
 * @param carrier the platform thread that carried a virtual thread when the work began, where the
 *                JDK tells it (empty otherwise)
 */
public record Call(String label, long startNanos, long endNanos, String thread, boolean virtual, String carrier) {

    public Duration duration() {
        return Duration.ofNanos(endNanos - startNanos);
    }

    boolean overlaps(Call other) {
        return startNanos < other.endNanos && other.startNanos < endNanos;
    }
}
