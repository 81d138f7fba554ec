package dev.overlap.check;

import dev.overlap.evidence.Evidence;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Random inputs a submission cannot predict, reproducible from the seed that the report shows.
 * The grading JVM hands the seed to the checks' JVM out of the submission's sight; without one
 * (a check run from the IDE), a fresh seed is drawn.
 */
public final class Inputs {

    private static volatile long seed = new SecureRandom().nextLong();

    private Inputs() {
    }

    public static void seed(long value) {
        seed = value;
    }

    /** A generator for one check, seeded from the run's seed and the check's name, with the seed recorded. */
    public static RandomGenerator random(String purpose) {
        Evidence.record("seed", Long.toHexString(seed));
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed ^ purpose.hashCode());
    }
}
