package kitchen;

import java.time.Duration;
import java.util.List;

/**
 * Cooks a dinner the way a recipe book reads: one dish from start to finish, then the next.
 *
 * <p>It is correct, and it is slow. While the turkey roasts for 49 minutes, the cook stands by the oven
 * doing nothing, though the potatoes need peeling. Every wait of every dish adds up.
 */
public final class ThanksgivingDinner {

    private ThanksgivingDinner() {
    }

    /**
     * Cooks every recipe and returns when every dish is ready.
     *
     * <p>The recipes are listed so that a dish comes after the dishes it needs. The grader calls this
     * method with its own kitchen, so keep its signature as it is.
     *
     * @param cooks the people in the kitchen, at least one
     */
    public static void cook(List<Recipe> recipes, List<Cook> cooks) throws Exception {
        // TODO(task 2): only the first cook ever works, however many came to help.
        Cook cook = cooks.getFirst();
        // TODO(task 1): each dish waits for the one before it to be finished, waits and all.
        for (Recipe recipe : recipes) {
            for (Step step : recipe.steps()) {
                if (step.needsAttention()) {
                    cook.attend(step);
                } else {
                    step.waitUntilDone();
                }
            }
        }
    }

    /** Run this from your IDE: it cooks the demo dinner and says how long it took. */
    public static void main(String[] args) throws Exception {
        int cooks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        DemoKitchen kitchen = new DemoKitchen();

        long start = System.nanoTime();
        cook(kitchen.thanksgiving(), kitchen.cooks(cooks));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println("Dinner served in " + elapsedMillis + " ms by " + cooks + " cook(s).");
    }
}
