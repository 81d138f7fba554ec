package dev.overlap.checks.mentalmodel;

import java.time.Duration;

/**
 * Work that only computes and never waits, cut into slices of a chosen length on this machine, so that "a
 * slice" takes about as long everywhere.
 */
final class Busy {

    private static final long CALIBRATION_ITERATIONS = 1_000_000;
    private static final int WARM_UPS = 20;
    private static final int MEASUREMENTS = 5;

    // Written, so the JIT cannot drop the arithmetic as unused.
    private static volatile long sink;

    private final long iterationsPerSlice;

    private Busy(long iterationsPerSlice) {
        this.iterationsPerSlice = iterationsPerSlice;
    }

    /**
     * Slices of about {@code slice} each. The code is compiled first, then timed a few times; the fastest
     * time counts, since another program on the machine can only slow a measurement down.
     */
    static Busy calibrated(Duration slice) {
        for (int i = 0; i < WARM_UPS; i++) {
            compute(CALIBRATION_ITERATIONS);
        }
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < MEASUREMENTS; i++) {
            long start = System.nanoTime();
            compute(CALIBRATION_ITERATIONS);
            fastest = Math.min(fastest, Math.max(1, System.nanoTime() - start));
        }
        return new Busy(Math.max(1, CALIBRATION_ITERATIONS * slice.toNanos() / fastest));
    }

    /** Computes one slice. */
    void slice() {
        compute(iterationsPerSlice);
    }

    /** Computes {@code count} slices in a row. */
    void slices(int count) {
        for (int i = 0; i < count; i++) {
            slice();
        }
    }

    private static void compute(long iterations) {
        long x = System.nanoTime() | 1;
        for (long i = 0; i < iterations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        sink += x;
    }
}
