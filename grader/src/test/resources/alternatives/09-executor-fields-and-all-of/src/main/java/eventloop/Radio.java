package eventloop;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The lighthouse's radio, with a loop that only starts work and assembles answers.
 *
 * <p>The radio names its three places once, as fields: a new virtual thread per task for waiting, the
 * common pool (one thread per core) for computing, and the loop for answering. Every async stage says
 * which one it runs on.
 */
public final class Radio {

    private final Harbour harbour;
    private final Executor loop;
    /**
     * A new virtual thread for each task: not a pool, so nothing is ever queued behind a slow manifest. It keeps
     * no thread while idle, so a radio that is dropped leaves nothing behind.
     */
    private final ExecutorService waiting = Executors.newVirtualThreadPerTaskExecutor();
    private final Executor computing = ForkJoinPool.commonPool();

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
        return cargoOf(ship).thenApplyAsync(cargo -> "manifest of " + ship + ": " + cargo, loop);
    }

    @NonBlocking
    public CompletableFuture<String> course(List<Long> soundings) {
        return headingOf(soundings).thenApplyAsync(heading -> "course " + heading, loop);
    }

    @NonBlocking
    public CompletableFuture<String> clearance(String ship, List<Long> soundings) {
        CompletableFuture<String> cargo = cargoOf(ship);
        CompletableFuture<Long> heading = headingOf(soundings);
        // Once allOf completes, both halves are done: resultNow() reads them without waiting. If either failed,
        // allOf fails too and the answer carries that failure.
        return CompletableFuture.allOf(cargo, heading)
                .thenApplyAsync(bothDone -> cleared(ship, cargo.resultNow(), heading.resultNow()), loop);
    }

    private CompletableFuture<String> cargoOf(String ship) {
        return CompletableFuture.supplyAsync(() -> askHarbourOffice(ship), waiting);
    }

    private CompletableFuture<Long> headingOf(List<Long> soundings) {
        return CompletableFuture.supplyAsync(() -> IntStream.range(0, soundings.size()).parallel()
                .mapToLong(i -> harbour.plot(soundings.get(i))).sum(), computing);
    }

    /** Runs on a virtual thread of its own, where waiting costs nothing. */
    private String askHarbourOffice(String ship) {
        try {
            return harbour.manifest(ship);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private static String cleared(String ship, String manifest, long course) {
        return ship + " cleared: " + manifest + " / course " + course;
    }
}
