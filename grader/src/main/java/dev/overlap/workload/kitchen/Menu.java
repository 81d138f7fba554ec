package dev.overlap.workload.kitchen;

import dev.overlap.measure.LowerBound;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dishes of a dinner, listed so that every dish comes after the dishes it needs, and the theory of how
 * fast a crew of cooks can serve them.
 */
public record Menu(List<Dish> dishes) {

    public Menu {
        dishes = List.copyOf(dishes);
        Set<String> listed = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Dish dish : dishes) {
            if (!listed.containsAll(dish.needs())) {
                throw new IllegalArgumentException(dish.name() + " needs a dish listed after it: " + dish.needs());
            }
            if (!listed.add(dish.name())) {
                throw new IllegalArgumentException("two dishes are called " + dish.name());
            }
            dish.steps().forEach(step -> {
                if (!labels.add(step.label())) {
                    throw new IllegalArgumentException("two steps are called " + step.label());
                }
            });
        }
    }

    public List<DishStep> steps() {
        return dishes.stream().flatMap(dish -> dish.steps().stream()).toList();
    }

    /** Every step one after another: what one cook who finishes each dish before the next takes. */
    public Duration sequentialTime() {
        return steps().stream().map(DishStep::time).reduce(Duration.ZERO, Duration::plus);
    }

    /** The time some cook's hands are busy, whoever the cook. */
    public Duration attention() {
        return steps().stream().filter(DishStep::attention).map(DishStep::time).reduce(Duration.ZERO, Duration::plus);
    }

    /** The longest chain of steps through dishes that need one another: no crew, however large, is faster. */
    public Duration criticalPath() {
        Map<String, Duration> readyAt = new HashMap<>();
        Duration longest = Duration.ZERO;
        for (Dish dish : dishes) {
            Duration start = dish.needs().stream().map(readyAt::get).max(Duration::compareTo).orElse(Duration.ZERO);
            Duration ready = dish.steps().stream().map(DishStep::time).reduce(start, Duration::plus);
            readyAt.put(dish.name(), ready);
            longest = ready.compareTo(longest) > 0 ? ready : longest;
        }
        return longest;
    }

    /**
     * No crew serves faster than the critical path, nor faster than its share of the attention: the cooks'
     * hands are busy for {@code attention / cooks} at the very least.
     */
    public LowerBound lowerBound(int cooks) {
        LowerBound bound = LowerBound.of(boundTime(cooks), String.format(
                "the kitchen's lower bound, the longer of the critical path (%d ms) and the attention (%d ms)"
                        + " shared by %d cook%s", criticalPath().toMillis(), attention().toMillis(), cooks,
                cooks == 1 ? "" : "s"));
        return cooks > 1 ? bound.withOneWorkerFewer(boundTime(cooks - 1)) : bound;
    }

    private Duration boundTime(int cooks) {
        Duration share = attention().dividedBy(cooks);
        return share.compareTo(criticalPath()) > 0 ? share : criticalPath();
    }
}
