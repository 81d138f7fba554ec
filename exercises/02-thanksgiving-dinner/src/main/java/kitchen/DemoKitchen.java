package kitchen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A kitchen to try your code in from the IDE: the steps really take their time, and a cook who is asked
 * to do two things at once says so loudly. The grader brings a kitchen of its own that watches more.
 */
final class DemoKitchen {

    private static final List<String> NAMES = List.of("Ann", "Bo", "Cy", "Di");

    private final long start = System.nanoTime();

    /**
     * Run this from your IDE: it cooks the demo dinner with {@link ThanksgivingDinner#cook} and says how long it
     * took. Its argument is the number of cooks, 1 by default.
     */
    public static void main(String[] args) throws Exception {
        int cooks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        DemoKitchen kitchen = new DemoKitchen();

        long start = System.nanoTime();
        ThanksgivingDinner.cook(kitchen.thanksgiving(), kitchen.cooks(cooks));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println("Dinner served in " + elapsedMillis + " ms by " + cooks + " cook(s).");
    }

    /** The dinner of the story; the turkey and its gravy take the longest. */
    List<Recipe> thanksgiving() {
        return List.of(
                new Recipe("turkey", List.of(attend("season", 7), await("roast", 49), attend("baste", 6),
                        await("roast some more", 25), await("rest", 10)), List.of()),
                new Recipe("gravy", List.of(attend("whisk the drippings", 7), await("simmer", 10)),
                        List.of("turkey")),
                new Recipe("mashed potatoes", List.of(attend("peel", 13), await("boil", 25), attend("mash", 7)),
                        List.of()),
                new Recipe("cranberry sauce", List.of(attend("rinse the berries", 6), await("simmer", 20)),
                        List.of()),
                new Recipe("apple pie", List.of(attend("slice the apples", 10), attend("roll the crust", 7),
                        await("bake", 35)), List.of()),
                new Recipe("green beans", List.of(attend("trim", 7), await("steam", 14)), List.of()));
    }

    List<Cook> cooks(int count) {
        List<Cook> cooks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cooks.add(new DemoCook(NAMES.get(i % NAMES.size())));
        }
        return cooks;
    }

    private long now() {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private Step attend(String name, int minutes) {
        return new DemoStep(name, Duration.ofMillis(minutes), true);
    }

    private Step await(String name, int minutes) {
        return new DemoStep(name, Duration.ofMillis(minutes), false);
    }

    private record DemoStep(String name, Duration time, boolean needsAttention) implements Step {

        @Override
        public void waitUntilDone() throws InterruptedException {
            if (needsAttention) {
                throw new IllegalStateException(name + " needs a cook's attention: ask a cook to attend to it");
            }
            Thread.sleep(time);
        }
    }

    private final class DemoCook implements Cook {
        private final String name;
        private final AtomicReference<Step> busyWith = new AtomicReference<>();

        DemoCook(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void attend(Step step) throws InterruptedException {
            if (!step.needsAttention()) {
                throw new IllegalArgumentException(step.name() + " only waits: nobody needs to watch it");
            }
            if (!busyWith.compareAndSet(null, step)) {
                throw new IllegalStateException(name + " cannot " + step.name() + " while busy with "
                        + busyWith.get().name() + ": one pair of hands!");
            }
            try {
                System.out.printf("%4d ms  %s starts to %s%n", now(), name, step.name());
                Thread.sleep(step.time());
            } finally {
                busyWith.set(null);
            }
        }
    }
}
