package dev.overlap.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small histogram of one figure over a class, drawn as inline SVG: up to {@value #BINS} bars of equal width
 * between the smallest and the largest value, and a mark where the figure passes (the required speedup, the
 * allowed lag) when there is one.
 */
record Histogram(String figure, String unit, List<Double> values, Double mark) {

    static final int BINS = 8;
    static final int WIDTH = 240;
    static final int HEIGHT = 60;

    /** What the template draws: the bars with their labels, the axis' ends and the mark. */
    Map<String, Object> drawing() {
        DoubleSummaryStatistics stats = values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        double low = Math.min(stats.getMin(), mark == null ? stats.getMin() : mark);
        double high = Math.max(stats.getMax(), mark == null ? stats.getMax() : mark);
        int bins = high > low ? BINS : 1;
        double width = high > low ? (high - low) / bins : 1;
        int[] counts = new int[bins];
        values.forEach(value -> counts[Math.min(bins - 1, (int) ((value - low) / width))]++);
        int most = Arrays.stream(counts).max().orElse(1);
        double barWidth = (double) WIDTH / bins;
        List<Map<String, Object>> bars = new ArrayList<>();
        for (int bin = 0; bin < bins; bin++) {
            int height = counts[bin] == 0 ? 0 : Math.max(2, counts[bin] * HEIGHT / most);
            bars.add(Map.of("x", format(bin * barWidth), "y", HEIGHT - height, "width", format(barWidth - 2),
                    "height", height, "count", counts[bin],
                    "range", format(low + bin * width) + "–" + format(low + (bin + 1) * width) + unit));
        }
        Map<String, Object> drawing = new LinkedHashMap<>();
        drawing.put("figure", figure);
        drawing.put("learners", values.size());
        drawing.put("width", WIDTH);
        drawing.put("height", HEIGHT);
        drawing.put("bars", bars);
        drawing.put("low", format(low) + unit);
        drawing.put("high", format(high) + unit);
        drawing.put("median", format(median()) + unit);
        drawing.put("marks", mark == null ? List.of()
                : List.of(Map.of("x", format(high > low ? (mark - low) / (high - low) * WIDTH : WIDTH / 2.0),
                        "value", format(mark) + unit)));
        return drawing;
    }

    private double median() {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
