package dev.overlap.checks.kitchen;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.workload.kitchen.Kitchen;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on a kitchen after a dinner: the rules were kept, everything was served, the cooks' hands
 * and the waits overlapped. Each records what it measured, then fails with a sentence for the learner.
 */
final class KitchenAssert extends CheckAssert<KitchenAssert, Kitchen> {

    private static final int SHOWN_PROBLEMS = 5;

    private KitchenAssert(Kitchen kitchen) {
        super(kitchen, KitchenAssert.class);
    }

    static KitchenAssert assertThat(Kitchen kitchen) {
        return new KitchenAssert(kitchen);
    }

    /** Every step done once, in its dish's order, after the dishes it needs, by one cook at a time, before return. */
    KitchenAssert servedByTheRules() {
        List<String> problems = actual.problems();
        Evidence.record("broken_rules", actual.complaintCount());
        Evidence.record("steps", actual.menu().steps().size());
        if (!problems.isEmpty()) {
            String shown = problems.stream().limit(SHOWN_PROBLEMS).map(problem -> "\n  - " + problem)
                    .collect(Collectors.joining());
            String more = problems.size() > SHOWN_PROBLEMS
                    ? "\n  ... and " + (problems.size() - SHOWN_PROBLEMS) + " more" : "";
            failWithMessage("The dinner was not cooked by the kitchen's rules:%s%s%s", shown, more, hintOnItsOwnLine());
        }
        return this;
    }

    /** A cook's hands were busy while some dish was waiting on its own. */
    KitchenAssert attendedWhileDishesWaited() {
        Evidence.record("attention_steps_begun_while_a_dish_waited", actual.attendedWhileWaiting());
        if (actual.attendedWhileWaiting() == 0) {
            failWithMessage("No attention step began while a dish was waiting: every roast, boil and bake was"
                    + " watched from start to end, so the waits added up instead of overlapping.%s", hintOnItsOwnLine());
        }
        return this;
    }

    /** At some moment, {@code cooks} attention steps were in progress at once. */
    KitchenAssert cooksWorkedAtOnce(int cooks) {
        Evidence.record("peak_cooks_at_work", actual.peakCooksAtWork());
        if (actual.peakCooksAtWork() < cooks) {
            failWithMessage("At most %d cook%s worked at the same moment; %d were in the kitchen, and the menu has"
                    + " enough attention steps ready at once to keep them all busy.%s", actual.peakCooksAtWork(),
                    actual.peakCooksAtWork() == 1 ? "" : "s", cooks, hintOnItsOwnLine());
        }
        return this;
    }
}
