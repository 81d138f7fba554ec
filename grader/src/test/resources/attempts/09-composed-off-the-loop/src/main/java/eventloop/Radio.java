package eventloop;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** The solution, but the clearance is composed on the loop and completed where the manifest arrives. */
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
        return fetchManifest(ship).thenApplyAsync(manifest -> "manifest of " + ship + ": " + manifest, loop);
    }

    @NonBlocking
    public CompletableFuture<String> course(List<Long> soundings) {
        return plotAll(soundings).thenApplyAsync(course -> "course " + course, loop);
    }

    @NonBlocking
    public CompletableFuture<String> clearance(String ship, List<Long> soundings) {
        // The mistake: thenComposeAsync runs the function on the loop, but the future it returns completes on the
        // virtual thread that waited for the manifest, and so does the clearance.
        return plotAll(soundings).thenComposeAsync(course -> fetchManifest(ship)
                .thenApply(manifest -> cleared(ship, manifest, course)), loop);
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
