package dev.overlap.measure;

import dev.overlap.evidence.Evidence;

/**
 * The kit's one timing policy: when a measurement is taken again, how many times, and when a check fails closed.
 *
 * <p>Time is the second witness, so it gets second chances, but only where another measurement can change the
 * verdict. A run that was right but late may have met a busy moment: code that is fast is fast again, code that
 * waits in line stays slow. A measurement whose own yardstick was off (the kit's reference slower than its
 * calibrated pace) says nothing about the submission: it is taken again, and when the machine stays that busy the
 * check fails closed, saying so, because a bar measured on a disturbed machine is a bar the submission could have
 * lowered. A wrong or deterministic result is never measured again: it would only repeat.
 */
public final class Remeasure {

    /** Measurements taken again at most, after the first. */
    public static final int TIMES = 2;

    private Remeasure() {
    }

    /** What one measurement says about whether to measure again. */
    public enum Reading {
        /** The verdict is settled, passed or failed; measuring again would only repeat it. */
        SETTLED,
        /** Right by the evidence, late by the clock: a busy moment could explain it. */
        LATE,
        /** The kit's own yardstick ran off its calibrated pace, so the measurement cannot judge the submission. */
        DISTURBED
    }

    /** One measurement; the policy keeps the last and closes the ones it replaces. */
    public interface Attempt extends AutoCloseable {
        Reading reading();

        @Override
        default void close() {
        }
    }

    @FunctionalInterface
    public interface Measurement<A extends Attempt> {
        A take() throws Exception;
    }

    /** The measurement the verdict rests on, and whether the machine was too busy to judge with it. */
    public record Judgement<A extends Attempt>(A attempt, int remeasures) {

        /** Still disturbed after every measurement allowed: the check fails closed. */
        public boolean failsClosed() {
            return attempt.reading() == Reading.DISTURBED;
        }

        /** The sentence for a check that failed closed. */
        public String tooBusy(String yardstick) {
            return "The machine was too busy to judge this check: in " + (remeasures + 1) + " measurements " + yardstick
                    + " Without a trustworthy yardstick the kit gives no speed points rather than guess: grade again"
                    + " on a quieter machine.";
        }
    }

    /** Measures, and measures again while the reading is late or disturbed, {@value #TIMES} times at most. */
    public static <A extends Attempt> Judgement<A> judge(Measurement<A> measurement) throws Exception {
        A attempt = measurement.take();
        int remeasures = 0;
        while (remeasures < TIMES && attempt.reading() != Reading.SETTLED) {
            attempt.close();
            attempt = measurement.take();
            remeasures++;
        }
        Evidence.record("remeasures", remeasures);
        return new Judgement<>(attempt, remeasures);
    }
}
