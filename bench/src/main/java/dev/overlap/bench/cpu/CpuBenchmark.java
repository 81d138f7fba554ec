package dev.overlap.bench.cpu;

import dev.overlap.measure.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * CPU work: {@code tasks} runs of the grader's kernel, each {@code rounds} rounds of integer mixing with no
 * waiting anywhere. Here the physical limit is the cores: at best the sequential time divided by their
 * number. Virtual threads cannot beat it: they run on a carrier pool with one carrier per core, and a task
 * that never waits never gives its carrier up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CpuBenchmark {

    @Param("32")
    public int tasks;

    @Param("1000000")
    public int rounds;

    private Recorder recorder;
    private List<KernelTask> kernels;

    @Setup(Level.Iteration)
    public void prepare() {
        recorder = new Recorder();
        List<KernelTask> made = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            made.add(new KernelTask(recorder, i, rounds));
        }
        kernels = List.copyOf(made);
    }

    /** The baseline: one core busy, the others idle. */
    @Benchmark
    public long sequential() {
        long sum = 0;
        for (KernelTask kernel : kernels) {
            sum += kernel.compute();
        }
        return sum;
    }

    /** The tool for CPU work: the common pool and the calling thread, one worker per core. */
    @Benchmark
    public long parallelStream() {
        return kernels.parallelStream().mapToLong(KernelTask::compute).sum();
    }

    /** As fast as the cores allow and no faster: many virtual threads share one carrier per core. */
    @Benchmark
    public long virtualThreads() throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return sum(executor.invokeAll(kernels));
        }
    }

    /** A pool sized to the cores: what a parallel stream does, written out by hand. */
    @Benchmark
    public long fixedPoolOfCores() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            return sum(pool.invokeAll(kernels));
        }
    }

    /** What the kernels since the last {@link #prepare()} did: peak in flight, which threads ran them. */
    public Recorder recorder() {
        return recorder;
    }

    private static long sum(List<Future<Long>> futures) throws Exception {
        long sum = 0;
        for (Future<Long> future : futures) {
            sum += future.get();
        }
        return sum;
    }
}
