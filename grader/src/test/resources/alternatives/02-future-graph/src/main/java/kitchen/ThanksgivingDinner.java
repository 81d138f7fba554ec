package kitchen;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The dinner as a graph of futures: a dish is a future that starts once all the dishes it needs are
 * ready, and runs its steps on a virtual thread of its own.
 *
 * <p>The recipes come with every dish after the dishes it needs, so building the futures in list order
 * always finds the futures a dish depends on. A dish whose needed dish failed never starts: its future
 * fails too, and so does the dinner.
 */
public final class ThanksgivingDinner {

    private ThanksgivingDinner() {
    }

    /** Cooks every recipe, all dishes at once, and returns when every dish is ready. */
    public static void cook(List<Recipe> recipes, List<Cook> cooks) throws Exception {
        FreeCooks freeCooks = new FreeCooks(cooks);
        Map<String, CompletableFuture<Void>> dishes = new HashMap<>();
        // Closing the executor waits for every dish's thread, so no cooking outlives this method.
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Recipe recipe : recipes) {
                CompletableFuture<?>[] needed = recipe.needs().stream().map(dishes::get)
                        .toArray(CompletableFuture<?>[]::new);
                // Only the dishes in needs hold this one back, never the dish listed before it.
                dishes.put(recipe.dish(), CompletableFuture.allOf(needed)
                        .thenRunAsync(() -> cookSteps(recipe, freeCooks), virtualThreads));
            }
            CompletableFuture.allOf(dishes.values().toArray(CompletableFuture<?>[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void cookSteps(Recipe recipe, FreeCooks freeCooks) {
        try {
            for (Step step : recipe.steps()) {
                if (step.needsAttention()) {
                    Cook cook = freeCooks.take();
                    try {
                        cook.attend(step);
                    } finally {
                        freeCooks.giveBack(cook);
                    }
                } else {
                    step.waitUntilDone();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /**
     * The cooks nobody is using right now. A step that finds none waits on the condition until one is given
     * back; waiting there parks only that dish's virtual thread.
     */
    private static final class FreeCooks {

        private final ReentrantLock lock = new ReentrantLock();
        private final Condition cookReturned = lock.newCondition();
        private final Deque<Cook> idle;

        FreeCooks(List<Cook> cooks) {
            idle = new ArrayDeque<>(cooks);
        }

        Cook take() throws InterruptedException {
            lock.lock();
            try {
                while (idle.isEmpty()) {
                    cookReturned.await();
                }
                return idle.removeFirst();
            } finally {
                lock.unlock();
            }
        }

        void giveBack(Cook cook) {
            lock.lock();
            try {
                idle.addLast(cook);
                cookReturned.signal();
            } finally {
                lock.unlock();
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
