package dev.overlap.checks.mirrors;

import dev.overlap.check.Evidence;

/**
 * Measures a race again when it was right but late. A busy machine can delay one run by a few
 * hundred milliseconds; code that cancels promptly is prompt again in the next run, while code that
 * is wrong stays wrong, so only right-but-late attempts are repeated, twice at most.
 */
final class Remeasure {

    static final int TIMES = 2;

    private Remeasure() {
    }

    /** One measured race: the grader judges the last attempt and closes the ones it replaces. */
    interface Attempt extends AutoCloseable {
        /** The answer and the shape were right; only a time limit was missed. */
        boolean rightButLate();

        @Override
        void close();
    }

    @FunctionalInterface
    interface Measurement<A extends Attempt> {
        A run() throws Exception;
    }

    static <A extends Attempt> A whileLate(Measurement<A> measurement) throws Exception {
        A attempt = measurement.run();
        int remeasures = 0;
        while (remeasures < TIMES && attempt.rightButLate()) {
            attempt.close();
            attempt = measurement.run();
            remeasures++;
        }
        Evidence.record("remeasures", remeasures);
        return attempt;
    }
}
