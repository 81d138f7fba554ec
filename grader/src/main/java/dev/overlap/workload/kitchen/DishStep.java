package dev.overlap.workload.kitchen;

import java.time.Duration;

/**
 * One step of a dish as the kitchen plans it.
 *
 * @param attention true when a cook's hands are busy for the whole step (peel, baste); false when the
 *                  step only waits (roast, boil) and needs nobody
 */
public record DishStep(String dish, String name, Duration time, boolean attention) {

    /** How reports and timelines name the step: "turkey: baste". */
    public String label() {
        return dish + ": " + name;
    }

    @Override
    public String toString() {
        return "\"" + label() + "\" (" + (attention ? "attention, " : "waiting, ") + time.toMillis() + " ms)";
    }
}
