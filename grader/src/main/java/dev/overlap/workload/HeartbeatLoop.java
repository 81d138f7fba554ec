package dev.overlap.workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A single-threaded event loop with a heartbeat: one platform thread runs the tasks it is given, one
 * at a time, and between tasks it beats every period, noting how late each beat came. A task that
 * waits or computes on the loop delays the next beat by as long as it runs, so the worst lag is how
 * long the loop was kept from everything else.
 *
 * <p>Beats are counted from the last beat, not from a fixed grid: after a stall the loop beats once,
 * late, and does not try to catch up with a burst of beats that would hide the stall.
 */
public final class HeartbeatLoop implements Executor, AutoCloseable {

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Beat> beats = new ConcurrentLinkedQueue<>();
    private final long periodNanos;
    private final Thread thread;
    private volatile boolean open = true;

    /** One beat: when it was due and how late it came, in {@link System#nanoTime()} terms. */
    public record Beat(long dueNanos, long lagNanos) {
        public Duration lag() {
            return Duration.ofNanos(lagNanos);
        }
    }

    private HeartbeatLoop(String name, Duration period) {
        this.periodNanos = period.toNanos();
        this.thread = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    public static HeartbeatLoop start(String name, Duration period) {
        return new HeartbeatLoop(name, period);
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /** Whether the calling code runs on the loop's thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** The beats that were due from {@code fromNanos} on. */
    public List<Beat> beatsSince(long fromNanos) {
        List<Beat> since = new ArrayList<>();
        for (Beat beat : beats) {
            if (beat.dueNanos() >= fromNanos) {
                since.add(beat);
            }
        }
        return since;
    }

    /**
     * Waits until the loop has beaten at or after {@code nanos}: the beats that were due before then
     * are all known, even the one a task still running at that moment was delaying.
     */
    public boolean awaitBeatAfter(long nanos, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (beats.stream().noneMatch(beat -> beat.dueNanos() + beat.lagNanos() >= nanos)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(Duration.ofNanos(periodNanos));
        }
        return true;
    }

    private void run() {
        long due = System.nanoTime() + periodNanos;
        while (open) {
            long now = System.nanoTime();
            if (now >= due) {
                beats.add(new Beat(due, now - due));
                due = now + periodNanos;
                continue;
            }
            try {
                Runnable task = tasks.poll(due - now, TimeUnit.NANOSECONDS);
                if (task != null) {
                    task.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // A failing task must not stop the loop; the burst that gave it notes the failure itself.
            }
        }
    }

    @Override
    public void close() {
        open = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
