package eventloop;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** The solution, but the courses are plotted on virtual threads, like the manifests. */
public final class Radio {

    /** A new virtual thread for each task: not a pool, so there is nothing to size and nothing to close. */
    private static final Executor WAITING = Thread::startVirtualThread;

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
        // Both halves start now and run at the same time; the answer waits for the later one, on the loop.
        return fetchManifest(ship).thenCombineAsync(plotAll(soundings),
                (manifest, course) -> cleared(ship, manifest, course), loop);
    }

    private CompletableFuture<String> fetchManifest(String ship) {
        return CompletableFuture.supplyAsync(() -> askHarbourOffice(ship), WAITING);
    }

    private CompletableFuture<Long> plotAll(List<Long> soundings) {
        // The mistake: the plotting computes on a virtual thread, which keeps a carrier busy all the time.
        return CompletableFuture.supplyAsync(() -> soundings.stream().mapToLong(harbour::plot).sum(), WAITING);
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
