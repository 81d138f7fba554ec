package dev.overlap.measure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Says in a sentence how a list differs from the expected one, in the terms of the usual causes. */
final class ListDifference {

    private ListDifference() {
    }

    static String describe(List<?> actual, List<?> expected) {
        long nulls = actual.stream().filter(Objects::isNull).count();
        if (nulls > 0) {
            return nulls + " of its elements are null: two threads wrote into the same slot of a list that is not"
                    + " thread-safe, or one read it while another was growing it.";
        }
        Map<Object, Integer> missing = counts(expected);
        actual.forEach(element -> missing.merge(element, -1, Integer::sum));
        long lost = missing.values().stream().filter(count -> count > 0).mapToLong(Integer::longValue).sum();
        long extra = missing.values().stream().filter(count -> count < 0).mapToLong(count -> -count).sum();
        if (lost > 0 || extra > 0) {
            return lost + " expected element(s) are missing and " + extra + " are extra or repeated: with several"
                    + " threads adding to one collection that is not thread-safe, additions get lost.";
        }
        int index = 0;
        while (Objects.equals(actual.get(index), expected.get(index))) {
            index++;
        }
        return "It has the right elements in the wrong order: the first difference is at index " + index
                + " (" + actual.get(index) + " instead of " + expected.get(index) + "). The threads finished their"
                + " shares in their own order.";
    }

    private static Map<Object, Integer> counts(List<?> list) {
        Map<Object, Integer> counts = new HashMap<>();
        list.forEach(element -> counts.merge(element, 1, Integer::sum));
        return counts;
    }
}
