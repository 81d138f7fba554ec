package eventloop;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** The solution, but the manifests wait where supplyAsync puts work without an executor. */
public final class Radio {

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
        // Both halves start now and run at the same time; the answer waits for the later one, on the loop.
        return fetchManifest(ship).thenCombineAsync(plotAll(soundings),
                (manifest, course) -> cleared(ship, manifest, course), loop);
    }

    private CompletableFuture<String> fetchManifest(String ship) {
        // The mistake: no executor, so the manifest waits on a platform thread that the common pool provides.
        return CompletableFuture.supplyAsync(() -> askHarbourOffice(ship));
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
