package dev.overlap.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measured ratios of one speedup check over the rounds, summarised as min / median / max. */
final class Ratios {

    private final List<Double> values = new ArrayList<>();

    void add(Object value) {
        if (value instanceof Number number) {
            values.add(number.doubleValue());
        }
    }

    int count() {
        return values.size();
    }

    String summary() {
        if (values.isEmpty()) {
            return "-";
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        double median = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", sorted.getFirst(), median, sorted.getLast());
    }
}
