package dev.overlap.bench.waiting;

import dev.overlap.measure.Recorder;
import dev.overlap.workload.WaitingReferences;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Waiting work: {@code tasks} calls that each wait {@code waitMillis} (the grader's own {@link WaitingTask},
 * a sleep that parks a virtual thread as a socket read does). Nothing here needs a core, so the physical
 * limit is the critical path: one wait. What separates the ways below is only how many waits they let
 * overlap: one (sequential), the pool's size, or all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WaitingBenchmark {

    @Param("100")
    public int tasks;

    @Param("10")
    public int waitMillis;

    private Recorder recorder;
    private List<WaitingTask> calls;

    /** A fresh recorder per iteration keeps its list of calls short; its peak in flight is the evidence. */
    @Setup(Level.Iteration)
    public void prepare() {
        recorder = new Recorder();
        List<WaitingTask> made = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            made.add(new WaitingTask(recorder, "call " + i, Duration.ofMillis(waitMillis), "result " + i));
        }
        calls = List.copyOf(made);
    }

    /** The baseline the grader times every submission against: the waits add up, tasks x waitMillis. */
    @Benchmark
    public List<String> sequential() throws Exception {
        return WaitingReferences.oneAfterAnother(calls);
    }

    /** A pool sized for CPU work: only as many waits overlap as it has threads. */
    @Benchmark
    public List<String> fixedPlatformPool() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            return collect(pool.invokeAll(calls));
        }
    }

    /** Every wait overlaps, but each one costs an operating-system thread with its own stack. */
    @Benchmark
    public List<String> platformThreadPerTask() throws Exception {
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return collect(threads.invokeAll(calls));
        }
    }

    /** The grader's reference: one virtual thread per call, and a wait frees the carrier for the next. */
    @Benchmark
    public List<String> virtualThreads() throws Exception {
        return WaitingReferences.allAtOnce(calls);
    }

    /**
     * The common pool has one thread fewer than the cores, and a sleeping worker keeps its thread: the
     * waits queue up behind it. (Without the explicit pool, {@code supplyAsync} on a machine with two cores
     * would start a new thread per task instead, which hides the lesson.)
     */
    @Benchmark
    public List<String> completableFutureCommonPool() {
        List<CompletableFuture<String>> futures = new ArrayList<>(calls.size());
        for (WaitingTask call : calls) {
            futures.add(CompletableFuture.supplyAsync(() -> callUnchecked(call), ForkJoinPool.commonPool()));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /** Tempting but wrong for waits: a parallel stream splits the work over the cores, not over the waits. */
    @Benchmark
    public List<String> parallelStream() {
        return calls.parallelStream().map(WaitingBenchmark::callUnchecked).toList();
    }

    /** What the calls since the last {@link #prepare()} did: peak in flight, which threads ran them. */
    public Recorder recorder() {
        return recorder;
    }

    private static List<String> collect(List<Future<String>> futures) throws Exception {
        List<String> results = new ArrayList<>(futures.size());
        for (Future<String> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static String callUnchecked(WaitingTask call) {
        try {
            return call.call();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(call + " was interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(call + " failed", e);
        }
    }
}
