package dev.overlap.checks.mentalmodel;

import dev.overlap.evidence.Evidence;
import dev.overlap.measure.Call;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.workload.WaitingReferences;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The experiments behind the quiz's predictions, at a small scale: a second of the story is 100 ms of
 * waiting, or a few slices of arithmetic. Each records its figures as evidence and says in one sentence
 * what it did; the figures are the answer's second witness, the learner's to compare with the prediction.
 * Computing is timed as the best of {@value #TRIES} tries: a neighbour on a shared machine can only add time.
 */
final class Experiments {

    private static final Duration SLICE = Duration.ofMillis(5);
    private static final int SLICES_PER_TASK = 5;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final int TRIES = 3;

    // Calibrated once, so that every experiment's slices are the same size.
    private static Busy shared;

    private Experiments() {
    }

    /** Question 7: waits of 300, 100 and 200 ms, each on a virtual thread, all started together. */
    static String threeWaits(int predictedSeconds) throws Exception {
        List<Duration> waits = List.of(Duration.ofMillis(300), Duration.ofMillis(100), Duration.ofMillis(200));
        List<String> names = List.of("A", "B", "C");
        Run<List<String>> run = Run.of(recorder -> () -> WaitingReferences.allAtOnce(IntStream.range(0, 3)
                .mapToObj(i -> new WaitingTask(recorder, names.get(i), waits.get(i), names.get(i))).toList()));
        if (run.failure().isPresent()) {
            throw new IllegalStateException("the experiment failed", run.failure().get());
        }
        Evidence.record("predicted_ms", predictedSeconds * 100);
        Evidence.record("measured_ms", run.wallTime().toMillis());
        Evidence.record("timeline", run.timeline().asMeasurement());
        return "The kit ran the three waits at a tenth of the scale: your prediction is predicted_ms in the report,"
                + " what happened is measured_ms, and the timeline shows when each wait ran.";
    }

    /** Question 9: one task alone, then four tasks interleaved slice by slice on the same one thread. */
    static String fourSumsOnOneThread(int predictedSeconds) {
        Busy busy = busy();
        long alone = millis(() -> busy.slices(SLICES_PER_TASK));
        long interleaved = millis(() -> {
            for (int slice = 0; slice < SLICES_PER_TASK; slice++) {
                for (int task = 0; task < 4; task++) {
                    busy.slice();
                }
            }
        });
        Evidence.record("one_task_ms", alone);
        Evidence.record("four_tasks_interleaved_ms", interleaved);
        Evidence.record("measured_times_one_task", ratio(interleaved, alone));
        Evidence.record("predicted_times_one_task", predictedSeconds / 5.0);
        return "The kit timed one computing task alone, then four interleaved slice by slice on one thread:"
                + " compare measured_times_one_task with your predicted_times_one_task in the report.";
    }

    /** Question 11: as many computing tasks as cores, one after another, then on a platform thread each. */
    static String platformThreadsThatCompute() {
        Busy busy = busy();
        long inARow = millis(() -> IntStream.range(0, CORES).forEach(task -> busy.slices(SLICES_PER_TASK)));
        long threads = onThreads(() -> Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), CORES, busy);
        Evidence.record("cores", CORES);
        Evidence.record("one_thread_ms", inARow);
        Evidence.record("platform_threads_ms", threads);
        Evidence.record("times_faster_on_platform_threads", ratio(inARow, threads));
        return String.format(Locale.ROOT, "On this machine's %d core(s), %d computing tasks took %d ms one after"
                + " another and %d ms on a platform thread each (best of %d tries; a neighbour on a shared machine"
                + " can still move either figure).%s", CORES, CORES, inARow, threads, TRIES, CORES == 1
                ? " With one core there is nothing to run in parallel on, so the figures cannot tell." : "");
    }

    /** Question 12: twice as many computing tasks as cores, on virtual threads, then on platform threads. */
    static String virtualVersusPlatformComputing() {
        Busy busy = busy();
        int tasks = 2 * CORES;
        long virtual = onThreads(Executors::newVirtualThreadPerTaskExecutor, tasks, busy);
        long platform = onThreads(() -> Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), tasks, busy);
        Evidence.record("cores", CORES);
        Evidence.record("tasks", tasks);
        Evidence.record("virtual_threads_ms", virtual);
        Evidence.record("platform_threads_ms", platform);
        return String.format(Locale.ROOT, "The kit ran %d computing tasks on %d core(s): %d ms on virtual threads,"
                + " %d ms on platform threads (best of %d tries; a neighbour on a shared machine can still move"
                + " either figure).", tasks, CORES, virtual, platform, TRIES);
    }

    /** Question 13: eight calls that wait 30 ms each, through a parallel stream. */
    static String waitsInAParallelStream() {
        Recorder recorder = new Recorder();
        List<WaitingTask> calls = IntStream.range(0, 8).mapToObj(i -> new WaitingTask(recorder, "call " + i,
                Duration.ofMillis(30), "")).toList();
        calls.parallelStream().forEach(call -> {
            try {
                call.call();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Evidence.record("cores", CORES);
        Evidence.record("calls", calls.size());
        Evidence.record("peak_in_flight", recorder.peakInFlight());
        Evidence.record("threads", recorder.calls().stream().map(Call::thread).distinct().count());
        return String.format(Locale.ROOT, "The kit ran the eight calls through a parallel stream on this machine's"
                + " %d core(s): peak_in_flight in the report says how many overlapped.", CORES);
    }

    private static synchronized Busy busy() {
        if (shared == null) {
            shared = Busy.calibrated(SLICE);
        }
        return shared;
    }

    private static long onThreads(Supplier<ExecutorService> executors, int tasks, Busy busy) {
        return millis(() -> {
            try (ExecutorService executor = executors.get()) {
                for (int task = 0; task < tasks; task++) {
                    executor.submit(() -> busy.slices(SLICES_PER_TASK));
                }
            }
        });
    }

    private static long millis(Runnable work) {
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return Duration.ofNanos(best).toMillis();
    }

    private static double ratio(long numerator, long denominator) {
        return Math.round(100.0 * numerator / Math.max(1, denominator)) / 100.0;
    }
}
