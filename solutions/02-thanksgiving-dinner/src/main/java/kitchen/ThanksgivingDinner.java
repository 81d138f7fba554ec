package kitchen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Cooks every dish at once, the way a real cook does: put the turkey in the oven, then peel the potatoes.
 *
 * <p>Each recipe runs on a virtual thread of its own, so the waits of different dishes overlap: a virtual
 * thread that waits for the oven costs nothing. The cooks are the scarce resource, so they sit in a queue:
 * an attention step takes a free cook and gives them back when it is done. With one cook, the dinner
 * takes about as long as its longest chain of steps; with two, their hands work in parallel.
 */
public final class ThanksgivingDinner {

    private ThanksgivingDinner() {
    }

    /** Cooks every recipe, all dishes at once, and returns when every dish is ready. */
    public static void cook(List<Recipe> recipes, List<Cook> cooks) throws Exception {
        BlockingQueue<Cook> freeCooks = new ArrayBlockingQueue<>(cooks.size(), false, cooks);
        // One signal per dish, completed when the dish is ready; the dishes that need it wait on it.
        Map<String, CompletableFuture<Void>> ready = new LinkedHashMap<>();
        recipes.forEach(recipe -> ready.put(recipe.dish(), new CompletableFuture<>()));

        // Closing the executor waits for every dish, so no cooking outlives this method.
        try (ExecutorService kitchen = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Recipe recipe : recipes) {
                kitchen.submit(() -> cookWhenReady(recipe, ready, freeCooks));
            }
        }
        for (CompletableFuture<Void> dish : ready.values()) {
            rethrowFailureOf(dish);
        }
    }

    private static void cookWhenReady(Recipe recipe, Map<String, CompletableFuture<Void>> ready,
                                      BlockingQueue<Cook> freeCooks) {
        CompletableFuture<Void> done = ready.get(recipe.dish());
        try {
            for (String needed : recipe.needs()) {
                ready.get(needed).join();
            }
            for (Step step : recipe.steps()) {
                if (step.needsAttention()) {
                    attendWithAFreeCook(step, freeCooks);
                } else {
                    step.waitUntilDone();
                }
            }
            done.complete(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.completeExceptionally(e);
        } catch (RuntimeException e) {
            // A dish that failed still completes its signal, or the dishes that need it would wait forever.
            done.completeExceptionally(e);
        }
    }

    private static void attendWithAFreeCook(Step step, BlockingQueue<Cook> freeCooks) throws InterruptedException {
        // Waiting for a free cook is waiting like any other: the virtual thread parks until one is back.
        Cook cook = freeCooks.take();
        try {
            cook.attend(step);
        } finally {
            freeCooks.add(cook);
        }
    }

    private static void rethrowFailureOf(CompletableFuture<Void> dish) throws Exception {
        try {
            dish.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
