package eventloop;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The lighthouse's radio, written with callbacks, the way a Node.js or Netty handler often is.
 *
 * <p>A handler makes an empty future, starts the slow work somewhere else and returns the future at once.
 * When the work is done, it does not complete the future itself: it posts a small task to the loop that does
 * it, so the future completes on the loop's thread, where the loop continues from it. Waiting work gets a
 * virtual thread of its own; computing work goes to the common pool, one thread per core.
 */
public final class Radio {

    private final Harbour harbour;
    private final Executor loop;

    public Radio(Harbour harbour, Executor loop) {
        this.harbour = harbour;
        this.loop = loop;
    }

    @NonBlocking
    public CompletableFuture<String> hail(String ship) {
        return CompletableFuture.completedFuture("ahoy, " + ship);
    }

    @NonBlocking
    public CompletableFuture<String> manifest(String ship) {
        return manifestOf(ship, manifest -> "manifest of " + ship + ": " + manifest);
    }

    @NonBlocking
    public CompletableFuture<String> course(List<Long> soundings) {
        return courseOf(soundings, course -> "course " + course);
    }

    @NonBlocking
    public CompletableFuture<String> clearance(String ship, List<Long> soundings) {
        // Both start now and run at the same time. Both complete on the loop, so the combining step, which
        // runs on the thread that completes the later of the two, runs on the loop too.
        CompletableFuture<String> manifest = manifestOf(ship, Function.identity());
        CompletableFuture<Long> course = courseOf(soundings, Function.identity());
        return manifest.thenCombine(course, (cargo, heading) -> cleared(ship, cargo, heading));
    }

    /** Asks the harbour office on a new virtual thread, and answers on the loop with {@code answer}. */
    private <T> CompletableFuture<T> manifestOf(String ship, Function<String, T> answer) {
        CompletableFuture<T> reply = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                String manifest = harbour.manifest(ship);
                loop.execute(() -> reply.complete(answer.apply(manifest)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                loop.execute(() -> reply.completeExceptionally(e));
            } catch (RuntimeException e) {
                loop.execute(() -> reply.completeExceptionally(e));
            }
        });
        return reply;
    }

    /** Plots every sounding on the common pool's threads, and answers on the loop with {@code answer}. */
    private <T> CompletableFuture<T> courseOf(List<Long> soundings, Function<Long, T> answer) {
        CompletableFuture<T> reply = new CompletableFuture<>();
        ForkJoinPool.commonPool().execute(() -> {
            try {
                // Started from a worker of the common pool, the parallel stream spreads over that pool.
                long course = soundings.parallelStream().mapToLong(harbour::plot).sum();
                loop.execute(() -> reply.complete(answer.apply(course)));
            } catch (RuntimeException e) {
                loop.execute(() -> reply.completeExceptionally(e));
            }
        });
        return reply;
    }

    private static String cleared(String ship, String manifest, long course) {
        return ship + " cleared: " + manifest + " / course " + course;
    }
}
