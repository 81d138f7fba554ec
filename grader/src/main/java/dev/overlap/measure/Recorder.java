package dev.overlap.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records the work done through instrumented workloads: each call's interval and thread, and the
 * peak number of calls in flight, counted live as calls begin and end (not guessed from clocks).
 */
public final class Recorder {

    private final long origin = System.nanoTime();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** Runs {@code work} as one recorded call named {@code label}. */
    public <T> T record(String label, Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        String carrier = carrierOf(thread);
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            long end = System.nanoTime();
            inFlight.decrementAndGet();
            calls.add(new Call(label, start - origin, end - origin, thread.getName().isEmpty()
                    ? "virtual#" + thread.threadId() : thread.getName(), thread.isVirtual(), carrier));
        }
    }

    /**
     * Opens a recorded call for work that ends on another thread, such as an asynchronous request: the
     * call is charged to the thread that began it, from now until {@link OpenCall#end()}.
     */
    public OpenCall begin(String label) {
        Thread thread = Thread.currentThread();
        String carrier = carrierOf(thread);
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        long start = System.nanoTime();
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                long end = System.nanoTime();
                inFlight.decrementAndGet();
                calls.add(new Call(label, start - origin, end - origin, threadName(thread), thread.isVirtual(), carrier));
            }
        };
    }

    /** How reports name a thread; a virtual thread usually has no name, so its id stands in. */
    public static String threadName(Thread thread) {
        return thread.getName().isEmpty() ? "virtual#" + thread.threadId() : thread.getName();
    }

    /** A call begun with {@link #begin(String)}; ending it twice records it once. */
    @FunctionalInterface
    public interface OpenCall {
        void end();
    }

    public int peakInFlight() {
        return peak.get();
    }

    public long origin() {
        return origin;
    }

    /** The finished calls, in the order they started. */
    public List<Call> calls() {
        List<Call> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparingLong(Call::startNanos));
        return sorted;
    }

    // A virtual thread names its carrier in its toString ("VirtualThread[#31]/runnable@ForkJoinPool-1-worker-2").
    private static String carrierOf(Thread thread) {
        if (!thread.isVirtual()) {
            return "";
        }
        String text = thread.toString();
        int at = text.lastIndexOf('@');
        return at < 0 ? "" : text.substring(at + 1);
    }
}
