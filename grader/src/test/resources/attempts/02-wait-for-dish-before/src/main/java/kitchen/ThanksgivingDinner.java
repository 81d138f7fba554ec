package kitchen;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

        Thread previous = null;
        for (Recipe recipe : recipes) {
            // The dish listed before is finished before this one starts.
            if (previous != null) {
                previous.join();
            }
            previous = Thread.ofVirtual().start(() -> cookWhenReady(recipe, ready, freeCooks));
        }
        if (previous != null) {
            previous.join();
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

    public static void main(String[] args) throws Exception {
        int cooks = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        DemoKitchen kitchen = new DemoKitchen();

        long start = System.nanoTime();
        cook(kitchen.thanksgiving(), kitchen.cooks(cooks));
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println("Dinner served in " + elapsedMillis + " ms by " + cooks + " cook(s).");
    }
}
