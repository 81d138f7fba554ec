package dev.overlap.workload;

import dev.overlap.measure.Recorder;
import java.util.function.LongUnaryOperator;

/**
 * A small, deterministic piece of CPU work per number: the SplitMix64 finaliser, applied
 * {@code rounds} times to the number mixed with a salt. Cheap on purpose: a stream calls it once per
 * element, and with cheap elements the cost of boxing, splitting and sharing shows. Every call is
 * counted to the thread that made it.
 */
public record MixFunction(Recorder recorder, long salt, int rounds) implements LongUnaryOperator {

    @Override
    public long applyAsLong(long n) {
        recorder.tick("mix");
        return value(n);
    }

    /** The answer for {@code n}, computed without being counted. */
    public long value(long n) {
        return value(salt, rounds, n);
    }

    /** What a mix function with this salt and these rounds answers for {@code n}: what the grader expects. */
    public static long value(long salt, int rounds, long n) {
        long z = n ^ salt;
        for (int round = 0; round < rounds; round++) {
            z += 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
        }
        return z;
    }
}
