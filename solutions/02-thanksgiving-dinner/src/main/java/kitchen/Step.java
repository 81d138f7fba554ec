package kitchen;

import java.time.Duration;

/**
 * One step of a recipe. Some steps need a cook's hands the whole time (peel, slice, baste); others only
 * wait for the oven or the stove (roast, boil, bake) and need nobody.
 */
public interface Step {

    /** What the step is, for example "peel". */
    String name();

    /** How long the step takes, in kitchen minutes (one millisecond each). */
    Duration time();

    /** True when a cook must give this step their attention; false when it only waits. */
    boolean needsAttention();

    /**
     * Lets a waiting step run its course and returns when it is done: the turkey has roasted, the water
     * has boiled. Nobody's hands are busy meanwhile. Only for steps that do not need attention.
     */
    void waitUntilDone() throws InterruptedException;
}
