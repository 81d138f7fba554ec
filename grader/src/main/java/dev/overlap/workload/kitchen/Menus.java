package dev.overlap.workload.kitchen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The dinners the kitchen cooks. A kitchen millisecond stands for a minute of real cooking, so a dinner is
 * served in a fraction of a second.
 */
public final class Menus {

    private static final String[] FOODS = {"soup", "bread", "carrots", "rice", "sauce", "tart", "curry", "salad",
            "pudding", "stew"};
    private static final String[] ATTENTION = {"chop", "stir", "knead", "whisk", "peel", "season"};
    private static final String[] WAITING = {"bake", "boil", "rest", "simmer", "chill", "rise"};

    private Menus() {
    }

    /**
     * Dinner for four, for one cook. The turkey and its gravy make the critical path (114 ms); the attention
     * all dishes need (70 ms) fits in the turkey's waits, so one cook can serve in about the critical path.
     */
    public static Menu thanksgiving() {
        return new Menu(List.of(
                dish("turkey", List.of(), attend("season", 7), await("roast", 49), attend("baste", 6),
                        await("roast some more", 25), await("rest", 10)),
                dish("gravy", List.of("turkey"), attend("whisk the drippings", 7), await("simmer", 10)),
                dish("mashed potatoes", List.of(), attend("peel", 13), await("boil", 25), attend("mash", 7)),
                dish("cranberry sauce", List.of(), attend("rinse the berries", 6), await("simmer", 20)),
                dish("apple pie", List.of(), attend("slice the apples", 10), attend("roll the crust", 7),
                        await("bake", 35)),
                dish("green beans", List.of(), attend("trim", 7), await("steam", 14))));
    }

    /**
     * The whole family comes: more dishes, and 140 ms of attention against a critical path of 90 ms. One
     * cook's hands are now the limit; two cooks can serve in about the critical path.
     */
    public static Menu familyThanksgiving() {
        return new Menu(List.of(
                dish("turkey", List.of(), await("roast", 49), attend("baste", 6), await("roast some more", 21)),
                dish("gravy", List.of("turkey"), attend("whisk the drippings", 6), await("simmer", 8)),
                dish("mashed potatoes", List.of(), attend("peel", 8), attend("cut", 7), await("boil", 14),
                        attend("mash", 8)),
                dish("stuffing", List.of(), attend("chop the onions", 8), attend("chop the celery", 7),
                        attend("mix", 6), await("bake", 14)),
                dish("apple pie", List.of(), attend("slice the apples", 8), attend("roll the crust", 8),
                        attend("fill", 6), await("bake", 18)),
                dish("green beans", List.of(), attend("trim", 8), await("steam", 7), attend("toss", 6)),
                dish("rolls", List.of(), attend("knead", 8), await("rise", 14), attend("shape", 7)),
                dish("salad", List.of(), attend("wash", 7), attend("chop", 8), attend("dress", 6)),
                dish("cranberry sauce", List.of(), attend("rinse the berries", 6), await("simmer", 14),
                        attend("stir", 6))));
    }

    /**
     * A small dinner nobody can predict: three to six dishes of one to four short steps, each dish needing
     * none, one or two of the dishes before it.
     */
    public static Menu random(RandomGenerator random) {
        int count = random.nextInt(3, 7);
        List<Dish> dishes = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            String name = FOODS[random.nextInt(FOODS.length)] + " #" + (d + 1);
            List<String> needs = new ArrayList<>();
            for (int n = 0; n < 2 && d > 0; n++) {
                String earlier = dishes.get(random.nextInt(dishes.size())).name();
                if (random.nextInt(3) == 0 && !needs.contains(earlier)) {
                    needs.add(earlier);
                }
            }
            List<DishStep> steps = new ArrayList<>();
            int length = random.nextInt(1, 5);
            for (int s = 0; s < length; s++) {
                boolean attention = random.nextBoolean();
                String[] verbs = attention ? ATTENTION : WAITING;
                steps.add(new DishStep(name, verbs[random.nextInt(verbs.length)] + " (step " + (s + 1) + ")",
                        Duration.ofMillis(random.nextInt(2, 10)), attention));
            }
            dishes.add(new Dish(name, steps, needs));
        }
        return new Menu(dishes);
    }

    private static Dish dish(String name, List<String> needs, StepPlan... plans) {
        List<DishStep> steps = new ArrayList<>();
        for (StepPlan plan : plans) {
            steps.add(new DishStep(name, plan.name(), Duration.ofMillis(plan.millis()), plan.attention()));
        }
        return new Dish(name, steps, needs);
    }

    private static StepPlan attend(String name, int millis) {
        return new StepPlan(name, millis, true);
    }

    private static StepPlan await(String name, int millis) {
        return new StepPlan(name, millis, false);
    }

    private record StepPlan(String name, int millis, boolean attention) {
    }
}
