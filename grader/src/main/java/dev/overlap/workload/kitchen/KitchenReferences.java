package dev.overlap.workload.kitchen;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/** The kit's own ways to cook a menu, against which submissions are timed. */
public final class KitchenReferences {

    private KitchenReferences() {
    }

    /** The baseline: the first cook makes each dish from start to finish before the next. */
    public static Kitchen oneDishAfterAnother(Kitchen kitchen) throws InterruptedException {
        for (Dish dish : kitchen.menu().dishes()) {
            for (DishStep step : dish.steps()) {
                if (step.attention()) {
                    kitchen.attend(0, step);
                } else {
                    kitchen.waitOut(step);
                }
            }
        }
        return kitchen;
    }

    /**
     * The reference: every dish on a virtual thread of its own as soon as the dishes it needs are ready; an
     * attention step takes whichever cook is free and hands the cook back when done.
     */
    public static Kitchen everyDishAtOnce(Kitchen kitchen) {
        int crew = kitchen.cooks().size();
        BlockingQueue<Integer> freeCooks = new ArrayBlockingQueue<>(crew, false,
                IntStream.range(0, crew).boxed().toList());
        Map<String, CompletableFuture<Void>> ready = new HashMap<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Dish dish : kitchen.menu().dishes()) {
                CompletableFuture<?>[] needs = dish.needs().stream().map(ready::get).toArray(CompletableFuture[]::new);
                ready.put(dish.name(), CompletableFuture.allOf(needs)
                        .thenRunAsync(() -> cook(kitchen, dish, freeCooks), executor));
            }
            // Join before the executor closes: dishes still waiting for others are not submitted yet.
            CompletableFuture.allOf(ready.values().toArray(CompletableFuture[]::new)).join();
        }
        return kitchen;
    }

    private static void cook(Kitchen kitchen, Dish dish, BlockingQueue<Integer> freeCooks) {
        try {
            for (DishStep step : dish.steps()) {
                if (step.attention()) {
                    attendWithAFreeCook(kitchen, step, freeCooks);
                } else {
                    kitchen.waitOut(step);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private static void attendWithAFreeCook(Kitchen kitchen, DishStep step, BlockingQueue<Integer> freeCooks)
            throws InterruptedException {
        int cook = freeCooks.take();
        try {
            kitchen.attend(cook, step);
        } finally {
            freeCooks.add(cook);
        }
    }
}
