package dev.overlap.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads one figure of a check's measurements. A name that several assertions of the check recorded holds the list of
 * their figures, in the order asserted (see {@code Evidence}): a table cell shows them all, a chart or a histogram
 * the last one, the figure reports showed before every assertion's was kept.
 */
final class Measured {

    private Measured() {
    }

    /** The figure, or the last of them when several assertions recorded it. */
    static Object latest(Map<String, Object> measurements, String name) {
        Object figure = measurements.get(name);
        return figure instanceof List<?> figures && !figures.isEmpty() ? figures.getLast() : figure;
    }

    static Optional<Double> number(Map<String, Object> measurements, String name) {
        return latest(measurements, name) instanceof Number value ? Optional.of(value.doubleValue()) : Optional.empty();
    }

    /** The figure as text, or every one of them, "3 / 4", when several assertions recorded it. */
    static String text(Map<String, Object> measurements, String name) {
        Object figure = measurements.get(name);
        return figure instanceof List<?> figures
                ? figures.stream().map(String::valueOf).collect(Collectors.joining(" / "))
                : String.valueOf(figure);
    }
}
