package dev.overlap.checks.pitfalls;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

/**
 * A score function whose first call on each thread waits until a second thread is scoring too, for a bounded
 * time. Whether the threads of a parallel stream overlap at all in a run of a millisecond depends on the
 * machine, and code that adds every score into one shared variable only loses additions when they do. Held
 * here, two threads surely score at the same moment; and {@code total[0] += score.applyAsLong(move)} reads the
 * shared variable before it calls the score, so both threads have read the same old value and one addition
 * overwrites the other. Code that lets the stream add up waits here once per thread and loses nothing;
 * sequential code waits once per run, the whole bound.
 */
final class MeetingScore implements LongUnaryOperator {

    /** Long enough for a pool's idle worker to wake up and take a share on a busy machine. */
    static final Duration MEETING = Duration.ofMillis(20);

    private final LongUnaryOperator score;
    private final CountDownLatch scoring = new CountDownLatch(2);
    private final ThreadLocal<Boolean> met = ThreadLocal.withInitial(() -> false);

    MeetingScore(LongUnaryOperator score) {
        this.score = score;
    }

    @Override
    public long applyAsLong(long move) {
        if (!met.get()) {
            met.set(true);
            scoring.countDown();
            try {
                scoring.await(MEETING.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return score.applyAsLong(move);
    }
}
