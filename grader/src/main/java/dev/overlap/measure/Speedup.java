package dev.overlap.measure;

import java.util.Locale;

/**
 * A speedup in words for feedback. Within a twentieth of 1 it is "no faster": two runs of the same code differ by
 * that much, and "1.00x faster" reads as a gain that did not happen.
 */
final class Speedup {

    private static final double SAME_WITHIN = 0.05;

    private Speedup() {
    }

    /** "1.85x faster", "no faster (1.02x)" or "slower (0.80x)". */
    static String inWords(double speedup) {
        if (speedup >= 1 + SAME_WITHIN) {
            return String.format(Locale.ROOT, "%.2fx faster", speedup);
        }
        return String.format(Locale.ROOT, "%s (%.2fx)", speedup > 1 - SAME_WITHIN ? "no faster" : "slower", speedup);
    }
}
