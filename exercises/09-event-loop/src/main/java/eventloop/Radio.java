package eventloop;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The lighthouse's radio: the handlers that answer ships. The event loop calls each handler on its
 * one thread, and between calls it turns the lamp. Each handler returns a future; the loop continues
 * from it when it completes, on the loop's thread.
 *
 * <p>Here every handler does its work right away, on the loop's thread: while the harbour office
 * looks up a manifest, or while a course is plotted, the loop can do nothing else, and the lamp stops.
 */
public final class Radio {

    private final Harbour harbour;
    private final Executor loop;

    /**
     * @param harbour the harbour office and its chart table
     * @param loop    runs a task on the event loop's thread, after whatever the loop is doing now
     */
    public Radio(Harbour harbour, Executor loop) {
        this.harbour = harbour;
        this.loop = loop;
    }

    /** Greets a ship. Nothing to wait for, nothing to compute. */
    @NonBlocking
    public CompletableFuture<String> hail(String ship) {
        return CompletableFuture.completedFuture("ahoy, " + ship);
    }

    /** Answers with the ship's manifest, from the harbour office. */
    @NonBlocking
    public CompletableFuture<String> manifest(String ship) {
        // TODO(task 1): the loop waits here for the harbour office.
        try {
            return CompletableFuture.completedFuture("manifest of " + ship + ": " + harbour.manifest(ship));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Answers with the course: the sum of the plots of every sounding. */
    @NonBlocking
    public CompletableFuture<String> course(List<Long> soundings) {
        // TODO(task 2): the loop computes here.
        return CompletableFuture.completedFuture("course " + plotAll(soundings));
    }

    /** Clears a ship to enter: its manifest and its course, in one answer. */
    @NonBlocking
    public CompletableFuture<String> clearance(String ship, List<Long> soundings) {
        // TODO(task 3): both halves run on the loop, one after the other.
        String manifest;
        try {
            manifest = harbour.manifest(ship);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
        return CompletableFuture.completedFuture(cleared(ship, manifest, plotAll(soundings)));
    }

    private long plotAll(List<Long> soundings) {
        long total = 0;
        for (long sounding : soundings) {
            total += harbour.plot(sounding);
        }
        return total;
    }

    private static String cleared(String ship, String manifest, long course) {
        return ship + " cleared: " + manifest + " / course " + course;
    }
}
