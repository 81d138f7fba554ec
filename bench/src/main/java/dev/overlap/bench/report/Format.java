package dev.overlap.bench.report;

import java.util.Locale;

/** How figures read in the tables. */
final class Format {

    private Format() {
    }

    static String millis(Score score) {
        String mean = millis(score.millis());
        return Double.isNaN(score.error()) ? mean : mean + " ± " + millis(score.error());
    }

    static String millis(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%.2f" : millis < 100 ? "%.1f" : "%.0f", millis);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    static String count(long count) {
        return String.format(Locale.ROOT, "%,d", count).replace(',', ' ');
    }

    static String kibibytes(long bytes) {
        return bytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f", bytes / 1024.0);
    }

    static String megabytes(long kilobytes) {
        return kilobytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f", kilobytes / 1024.0);
    }
}
