package kitchen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;

/**
 * Every dish on a virtual thread of its own, started by hand.
 *
 * <p>Each dish has a latch that opens when it is ready; a dish waits on the latches of the dishes it
 * needs, and only on those. The cooks are shared through a semaphore with one permit per cook: a
 * permit means "some cook is free", and with it in hand the step takes a cook from the queue of free
 * cooks and puts them back when the step is done.
 */
public final class ThanksgivingDinner {

    private ThanksgivingDinner() {
    }

    /** Cooks every recipe, all dishes at once, and returns when every dish is ready. */
    public static void cook(List<Recipe> recipes, List<Cook> cooks) throws Exception {
        Kitchen kitchen = new Kitchen(recipes, cooks);
        List<Thread> dishes = new ArrayList<>();
        for (Recipe recipe : recipes) {
            dishes.add(Thread.ofVirtual().name("dish " + recipe.dish()).start(() -> kitchen.cookWhenReady(recipe)));
        }
        // Every latch opens, even for a failed dish, so every thread ends and these joins return.
        for (Thread dish : dishes) {
            dish.join();
        }
        kitchen.rethrowFirstFailure(recipes);
    }

    /** What the dish threads share: the dishes' signals, their failures and the free cooks. */
    private static final class Kitchen {

        private final Map<String, CountDownLatch> ready = new HashMap<>();
        private final Map<String, Exception> failures = new ConcurrentHashMap<>();
        private final Queue<Cook> freeCooks;
        private final Semaphore cooksAvailable;

        Kitchen(List<Recipe> recipes, List<Cook> cooks) {
            // Every signal exists before any thread starts, so no dish looks one up too early.
            recipes.forEach(recipe -> ready.put(recipe.dish(), new CountDownLatch(1)));
            freeCooks = new ConcurrentLinkedQueue<>(cooks);
            cooksAvailable = new Semaphore(cooks.size());
        }

        void cookWhenReady(Recipe recipe) {
            try {
                for (String needed : recipe.needs()) {
                    ready.get(needed).await();
                    if (failures.containsKey(needed)) {
                        throw new IllegalStateException(recipe.dish() + " needs " + needed + ", which failed",
                                failures.get(needed));
                    }
                }
                for (Step step : recipe.steps()) {
                    if (step.needsAttention()) {
                        attend(step);
                    } else {
                        step.waitUntilDone();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.put(recipe.dish(), e);
            } catch (RuntimeException e) {
                failures.put(recipe.dish(), e);
            } finally {
                // Open the latch whatever happened: the dishes that need this one must not wait forever.
                ready.get(recipe.dish()).countDown();
            }
        }

        /** One attention step, with whichever cook is free; waiting for a permit parks only this dish's thread. */
        private void attend(Step step) throws InterruptedException {
            cooksAvailable.acquire();
            // A permit guarantees a cook in the queue: cooks go back into it before their permit is released.
            Cook cook = freeCooks.poll();
            try {
                cook.attend(step);
            } finally {
                freeCooks.add(cook);
                cooksAvailable.release();
            }
        }

        void rethrowFirstFailure(List<Recipe> recipes) throws Exception {
            for (Recipe recipe : recipes) {
                Exception failure = failures.get(recipe.dish());
                if (failure != null) {
                    throw failure;
                }
            }
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
