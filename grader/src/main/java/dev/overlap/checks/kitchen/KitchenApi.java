package dev.overlap.checks.kitchen;

import dev.overlap.workload.kitchen.Dish;
import dev.overlap.workload.kitchen.DishStep;
import dev.overlap.workload.kitchen.Kitchen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kitchen.Cook;
import kitchen.Recipe;
import kitchen.Step;
import kitchen.ThanksgivingDinner;

/** The exercise's kitchen API (recipes, steps, cooks), backed by the grader's instrumented kitchen. */
final class KitchenApi {

    private KitchenApi() {
    }

    static List<Recipe> recipes(Kitchen kitchen, Consumer<DishStep> afterWait) {
        List<Recipe> recipes = new ArrayList<>();
        for (Dish dish : kitchen.menu().dishes()) {
            List<Step> steps = dish.steps().stream().<Step>map(step -> new KitchenStep(kitchen, step, afterWait))
                    .toList();
            recipes.add(new Recipe(dish.name(), steps, dish.needs()));
        }
        return recipes;
    }

    static List<Cook> cooks(Kitchen kitchen) {
        List<Cook> cooks = new ArrayList<>();
        for (int i = 0; i < kitchen.cooks().size(); i++) {
            cooks.add(new KitchenCook(kitchen, i));
        }
        return cooks;
    }

    /** Cooks the kitchen's menu with the submission and notes what was left when it returned. */
    static Kitchen cookedBySubmission(Kitchen kitchen) throws Exception {
        return cookedBySubmission(kitchen, wait -> { });
    }

    /** As {@link #cookedBySubmission(Kitchen)}, telling {@code afterWait} of every waiting step as it ends. */
    static Kitchen cookedBySubmission(Kitchen kitchen, Consumer<DishStep> afterWait) throws Exception {
        try {
            ThanksgivingDinner.cook(recipes(kitchen, afterWait), cooks(kitchen));
        } finally {
            kitchen.serve();
        }
        return kitchen;
    }

    private record KitchenStep(Kitchen kitchen, DishStep step, Consumer<DishStep> afterWait) implements Step {

        @Override
        public String name() {
            return step.name();
        }

        @Override
        public Duration time() {
            return step.time();
        }

        @Override
        public boolean needsAttention() {
            return step.attention();
        }

        @Override
        public void waitUntilDone() throws InterruptedException {
            kitchen.waitOut(step);
            afterWait.accept(step);
        }

        @Override
        public String toString() {
            return step.toString();
        }
    }

    private record KitchenCook(Kitchen kitchen, int index) implements Cook {

        @Override
        public String name() {
            return kitchen.cooks().get(index);
        }

        @Override
        public void attend(Step step) throws InterruptedException {
            if (!(step instanceof KitchenStep ours) || ours.kitchen() != kitchen) {
                throw new IllegalArgumentException(name() + " only attends to the steps of the recipes handed to"
                        + " cook(...), not to " + step);
            }
            kitchen.attend(index, ours.step());
        }

        @Override
        public String toString() {
            return "cook " + name();
        }
    }
}
