package dev.overlap.measure;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * One execution of some code against instrumented work: its wall time, what it returned or threw,
 * and every call its recorder saw.
 */
public final class Run<T> {

    private final Duration wallTime;
    private final T result;
    private final Throwable failure;
    private final Recorder recorder;
    private final long startNanos;

    private Run(Duration wallTime, T result, Throwable failure, Recorder recorder, long startNanos) {
        this.wallTime = wallTime;
        this.result = result;
        this.failure = failure;
        this.recorder = recorder;
        this.startNanos = startNanos;
    }

    /**
     * Builds the input on a fresh recorder, then runs {@code code} on it on the kit's harness thread and times it.
     * The clock runs from the moment that thread calls the code until it returns, not while the thread starts.
     */
    public static <I, T> Run<T> of(Function<Recorder, I> input, Execution<I, T> code) {
        Recorder recorder = new Recorder();
        I in = input.apply(recorder);
        Harness.Outcome<T> outcome = Harness.call(() -> code.run(in));
        Duration wallTime = Duration.ofNanos(outcome.endNanos() - outcome.startNanos());
        if (outcome.failure() != null) {
            rethrowIfTheJvmBrokeDown(outcome.failure());
        }
        return new Run<>(wallTime, outcome.value(), outcome.failure(), recorder, outcome.startNanos());
    }

    /**
     * A stack overflow or an internal error of the JVM is not a result of the code under measurement but
     * the end of the check: it goes up to the grader, which grades the exercise zero and says what happened.
     */
    private static void rethrowIfTheJvmBrokeDown(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof VirtualMachineError broken) {
                throw broken;
            }
        }
    }

    /** Runs code that needs no input beyond the recorder it instruments its work with. */
    public static <T> Run<T> of(Function<Recorder, Callable<T>> code) {
        return of(code, Callable::call);
    }

    public Duration wallTime() {
        return wallTime;
    }

    public T result() {
        return result;
    }

    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    public List<Call> calls() {
        return recorder.calls();
    }

    public int peakInFlight() {
        return recorder.peakInFlight();
    }

    /** Names of the threads that ran recorded calls, in order of first use. */
    public Set<String> threads() {
        Set<String> names = new LinkedHashSet<>();
        calls().forEach(call -> names.add(call.thread()));
        return names;
    }

    /** The recorded work as busy intervals: how many threads, and how much at the same time. */
    public BusyIntervals busy() {
        return BusyIntervals.of(calls());
    }

    /** How many small pieces of work the threads counted, all together. */
    public long pieces() {
        return recorder.ticksByThread().values().stream().mapToLong(Long::longValue).sum();
    }

    /** How much of the work each thread did, and how much of it beside another thread. */
    public WorkShares shares() {
        return recorder.shares();
    }

    /** The CPU time each CPU-bound call used, where the JDK could measure it. */
    public List<CpuUse> cpuUses() {
        return recorder.cpuUses();
    }

    public long platformThreadCalls() {
        return calls().stream().filter(call -> !call.virtual()).count();
    }

    /** The calls as bars on a time axis that starts when the run started. */
    public Timeline timeline() {
        return Timeline.of(recorder, startNanos, wallTime);
    }

    /** Code under measurement: a submission, a baseline or a reference. */
    @FunctionalInterface
    public interface Execution<I, T> {
        T run(I input) throws Exception;
    }
}
