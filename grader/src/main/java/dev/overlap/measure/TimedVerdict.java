package dev.overlap.measure;

import java.time.Duration;

/** A verdict on a trial's timings, as {@link TrialAssert} concludes it: the medians it compares and its sentences. */
interface TimedVerdict extends Remeasure.Attempt {

    Timings timings();

    default Duration submission() {
        return timings().median(Role.SUBMISSION);
    }

    default Duration baseline() {
        return timings().median(Role.BASELINE);
    }

    default Duration reference() {
        return timings().median(Role.REFERENCE);
    }

    boolean passed();

    /** Records every figure the verdict rests on as evidence. */
    void record();

    /** Why it failed, knowing how many times it was measured again. */
    String failure(int remeasures);

    /** Why the kit's reference could not serve as a yardstick. */
    String disturbance();

    /** The verdict in one or two sentences, for a check that passed. */
    String summary();
}
