package dev.overlap.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Records the work done through instrumented workloads: each call's interval and thread, and the
 * peak number of calls in flight, counted live as calls begin and end (not guessed from clocks).
 */
public final class Recorder {

    private final long origin = System.nanoTime();
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final ConcurrentLinkedQueue<CpuUse> cpuUses = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Lane> lanes = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Lane> lane = ThreadLocal.withInitial(this::openLane);
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /**
     * Runs {@code work}, which waits (a sleep, a request), as one recorded call named {@code label}; it throws what
     * {@code work} throws.
     */
    public <T, E extends Exception> T record(String label, Work<T, E> work) throws E {
        return record(label, Activity.WAITING, work);
    }

    /** Runs {@code work} as one recorded call named {@code label} that does {@code activity}. */
    public <T, E extends Exception> T record(String label, Activity activity, Work<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        String carrier = carrierOf(thread);
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        long start = System.nanoTime();
        try {
            return work.call();
        } finally {
            long end = System.nanoTime();
            inFlight.decrementAndGet();
            calls.add(new Call(label, start - origin, end - origin, threadName(thread), thread.isVirtual(),
                    carrier, activity, List.of()));
        }
    }

    /**
     * Gives a call a name for reports when its label is a random token, drawn so that it tells the code under test
     * nothing ("task A" for {@code 3f9c21ab}). Only reports see the name; the label stays the call's identity.
     */
    public void nameInReports(String label, String name) {
        names.put(label, name);
    }

    /** The names given with {@link #nameInReports}, by label. */
    public Map<String, String> namesInReports() {
        return Map.copyOf(names);
    }

    /**
     * Opens a recorded call for a wait that ends on another thread, such as an asynchronous request: the
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
                calls.add(new Call(label, start - origin, end - origin, threadName(thread), thread.isVirtual(), carrier,
                        Activity.WAITING, List.of()));
            }
        };
    }

    /** How reports name a thread; a virtual thread usually has no name, so its id stands in. */
    public static String threadName(Thread thread) {
        return thread.getName().isEmpty() ? "virtual#" + thread.threadId() : thread.getName();
    }

    /**
     * Work to record. Unlike a {@link java.util.concurrent.Callable} it names the one checked exception it can
     * throw, so a recorded wait throws only {@link InterruptedException} and its callers need no catch-all.
     */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /** A call begun with {@link #begin(String)}; ending it twice records it once. */
    @FunctionalInterface
    public interface OpenCall {
        void end();
    }

    /**
     * Runs CPU-bound work as one recorded call and charges it the CPU time its thread used, which
     * tells a task that had a core to itself from one that waited for a core while the clock ran.
     */
    public long recordCpu(String label, LongSupplier work) {
        try {
            return record(label, Activity.COMPUTING, () -> {
                long before = CpuClock.currentThreadNanos();
                long value = work.getAsLong();
                cpuUses.add(CpuUse.between(label, Thread.currentThread(), before, CpuClock.currentThreadNanos()));
                return value;
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a LongSupplier cannot throw a checked exception", e);
        }
    }

    /**
     * Counts one small piece of work (one element of a stream) done by the current thread. Such pieces
     * are too many and too short to record one by one, so each thread keeps a count and the span from
     * its first piece to its last, and {@link #calls()} reports that span as one call of the thread.
     */
    public void tick(String label) {
        lane.get().tick(label);
    }

    /** How many pieces each thread counted with {@link #tick}, by thread name. */
    public Map<String, Long> ticksByThread() {
        return lanes.stream().collect(Collectors.toMap(Lane::thread, Lane::count, Long::sum));
    }

    /** The work each thread did, bucket by bucket of time: counted pieces where there are any, else call time. */
    public WorkShares shares() {
        if (!lanes.isEmpty()) {
            return WorkShares.ofPieces(lanes.stream().collect(Collectors.toMap(Lane::thread, Lane::buckets,
                    WorkShares::add)));
        }
        return WorkShares.ofCalls(List.copyOf(calls));
    }

    /** The CPU time charged to each call made through {@link #recordCpu}. */
    public List<CpuUse> cpuUses() {
        return List.copyOf(cpuUses);
    }

    public int peakInFlight() {
        return peak.get();
    }

    public long origin() {
        return origin;
    }

    /** The finished calls, and one call per thread that counted pieces, in the order they started. */
    public List<Call> calls() {
        List<Call> sorted = new ArrayList<>(calls);
        lanes.forEach(counted -> sorted.add(counted.asCall(origin)));
        sorted.sort(Comparator.comparingLong(Call::startNanos));
        return sorted;
    }

    private Lane openLane() {
        Thread thread = Thread.currentThread();
        Lane opened = new Lane(threadName(thread), thread.isVirtual(), carrierOf(thread), origin);
        lanes.add(opened);
        return opened;
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
