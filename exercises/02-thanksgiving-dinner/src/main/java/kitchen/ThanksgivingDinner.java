package kitchen;

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
}
