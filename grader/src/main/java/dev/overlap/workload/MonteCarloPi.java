package dev.overlap.workload;

import java.util.SplittableRandom;

/**
 * Throws {@code samples} random darts at a unit square and counts those inside the quarter circle
 * (about pi/4 of them). The generator is seeded, so the count is the same on every run.
 */
public record MonteCarloPi(long seed, int samples) implements Kernel {

    @Override
    public String name() {
        return "Monte Carlo pi, seed " + Long.toHexString(seed);
    }

    @Override
    public long compute() {
        SplittableRandom random = new SplittableRandom(seed);
        long inside = 0;
        for (int i = 0; i < samples; i++) {
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        return inside;
    }
}
