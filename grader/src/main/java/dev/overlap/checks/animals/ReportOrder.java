package dev.overlap.checks.animals;

import animals.Animal;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a wrong report says about how it was put together: every animal there but out of order is a report filled in
 * the order the answers arrived; animals missing or twice, with no animal unknown to the API, are answers lost or
 * doubled by threads that added to one list at once.
 */
final class ReportOrder {

    private static final String FIX = """
            Keep each request's Future in a list, in the order of the ids, and read the answers from it once every \
            request is started: the report then keeps the list's order, and only one thread ever adds to it.""";

    private ReportOrder() {
    }

    static String mistake(List<Animal> reported, List<Animal> expected) {
        Map<Animal, Integer> surplus = counts(reported);
        counts(expected).forEach((animal, times) -> surplus.merge(animal, -times, Integer::sum));
        boolean sameAnimals = surplus.values().stream().allMatch(times -> times == 0);
        // A null is what an ArrayList written by two threads at once leaves in a slot.
        boolean onlyKnownAnimals = surplus.keySet().stream().allMatch(animal -> animal == null
                || expected.contains(animal));
        if (sameAnimals) {
            Evidence.finding(Finding.SHARED_RESULT_LIST);
            return "Every animal is there, but in another order: the order the answers arrived in, not the order of"
                    + " GET /animals, as when each answer is added to a shared list as it arrives. " + FIX;
        }
        if (onlyKnownAnimals) {
            Evidence.finding(Finding.SHARED_RESULT_LIST);
            return "Animals are missing, doubled or null: several threads added answers to one list at once, and a"
                    + " plain ArrayList is not safe for that, so it can lose or repeat them. " + FIX;
        }
        return "";
    }

    private static Map<Animal, Integer> counts(List<Animal> animals) {
        Map<Animal, Integer> counts = new HashMap<>();
        animals.forEach(animal -> counts.merge(animal, 1, Integer::sum));
        return counts;
    }
}
