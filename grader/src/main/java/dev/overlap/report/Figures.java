package dev.overlap.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The few measured figures of a check worth a table cell, in words with units; a repeated figure shows each value. */
final class Figures {

    private Figures() {
    }

    static String of(Map<String, Object> measurements) {
        List<String> parts = new ArrayList<>();
        if ("evidence".equals(measurements.get("graded_on"))) {
            parts.add(String.format(Locale.ROOT, "%.2fx (no spare core: reference %.2fx, ideal %.2fx; graded on"
                    + " evidence)", number(measurements, "speedup"), number(measurements, "reference_speedup"),
                    number(measurements, "ideal_speedup")));
            parts.add(Measured.text(measurements, "worker_threads") + " thread(s), peak "
                    + Measured.text(measurements, "peak_in_flight"));
        } else if (measurements.containsKey("speedup")) {
            parts.add(String.format(Locale.ROOT, "%.2fx (need %.2fx, ideal %.2fx)", number(measurements, "speedup"),
                    number(measurements, "required_speedup"), number(measurements, "ideal_speedup")));
            parts.add(Measured.text(measurements, "submission_ms") + " ms vs "
                    + Measured.text(measurements, "baseline_ms") + " ms");
        } else if (measurements.containsKey("peak_in_flight")) {
            parts.add("peak " + Measured.text(measurements, "peak_in_flight") + " in flight");
            parts.add(Measured.text(measurements, "threads") + " thread(s)");
            Object platform = Measured.latest(measurements, "platform_thread_calls");
            if (platform instanceof Number count && count.longValue() > 0) {
                parts.add(count + " on platform threads");
            }
        } else if (measurements.containsKey("violations")) {
            parts.add(Measured.text(measurements, "violations") + " violation(s)");
        } else if (measurements.containsKey("calls")) {
            parts.add(Measured.text(measurements, "calls") + " call(s)");
        }
        return String.join(", ", parts);
    }

    private static double number(Map<String, Object> measurements, String key) {
        return Measured.number(measurements, key).orElse(Double.NaN);
    }
}
