package eventloop;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** The solution, but for manifest: the wait is handed, in a lambda, to the loop itself. */
public final class Radio {

    /** A new virtual thread for each task: not a pool, so there is nothing to size and nothing to close. */
    private static final Executor WAITING = Thread::startVirtualThread;
    /** Sized to the cores: computing on more threads than cores only makes them take turns. */
    private static final Executor COMPUTING = ForkJoinPool.commonPool();

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
        // The mistake: supplyAsync looks asynchronous, but its executor is the loop, so the loop does the waiting.
        return CompletableFuture.supplyAsync(() -> "manifest of " + ship + ": " + askHarbourOffice(ship), loop);
    }

    @NonBlocking
    public CompletableFuture<String> course(List<Long> soundings) {
        return plotAll(soundings).thenApplyAsync(course -> "course " + course, loop);
    }

    @NonBlocking
    public CompletableFuture<String> clearance(String ship, List<Long> soundings) {
        // Both halves start now and run at the same time; the answer waits for the later one, on the loop.
        return fetchManifest(ship).thenCombineAsync(plotAll(soundings),
                (manifest, course) -> cleared(ship, manifest, course), loop);
    }

    private CompletableFuture<String> fetchManifest(String ship) {
        return CompletableFuture.supplyAsync(() -> askHarbourOffice(ship), WAITING);
    }

    private CompletableFuture<Long> plotAll(List<Long> soundings) {
        return CompletableFuture.supplyAsync(() -> soundings.parallelStream().mapToLong(harbour::plot).sum(),
                COMPUTING);
    }

    /** Runs on a virtual thread: waiting here is what virtual threads are for. */
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
