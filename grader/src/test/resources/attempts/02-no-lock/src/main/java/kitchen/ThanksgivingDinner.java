package kitchen;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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
        AtomicInteger nextCook = new AtomicInteger();
        // One signal per dish, completed when the dish is ready; the dishes that need it wait on it.
        Map<String, CompletableFuture<Void>> ready = new LinkedHashMap<>();
        recipes.forEach(recipe -> ready.put(recipe.dish(), new CompletableFuture<>()));

        // Closing the executor waits for every dish, so no cooking outlives this method.
        try (ExecutorService kitchen = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Recipe recipe : recipes) {
                kitchen.submit(() -> cookWhenReady(recipe, ready, cooks, nextCook));
            }
        }
        for (CompletableFuture<Void> dish : ready.values()) {
            rethrowFailureOf(dish);
        }
    }

    private static void cookWhenReady(Recipe recipe, Map<String, CompletableFuture<Void>> ready,
                                      List<Cook> cooks, AtomicInteger nextCook) {
        CompletableFuture<Void> done = ready.get(recipe.dish());
        try {
            for (String needed : recipe.needs()) {
                ready.get(needed).join();
            }
            for (Step step : recipe.steps()) {
                if (step.needsAttention()) {
                    // The next cook in turn, whether or not they are still busy with another step.
                    cooks.get(nextCook.getAndIncrement() % cooks.size()).attend(step);
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

    private static void rethrowFailureOf(CompletableFuture<Void> dish) throws Exception {
        try {
            dish.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    public static void main(String[] args) throws Exception {
        int cooks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        DemoKitchen kitchen = new DemoKitchen();

        long start = System.nanoTime();
        cook(kitchen.thanksgiving(), kitchen.cooks(cooks));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println("Dinner served in " + elapsedMillis + " ms by " + cooks + " cook(s).");
    }
}
