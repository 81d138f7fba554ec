package dev.overlap.measure;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assertions on one run. Each records what it measured as evidence, then fails with a sentence for
 * the learner: what was measured, what was expected, why, and the hint of the check.
 */
public final class RunAssert extends CheckAssert<RunAssert, Run<?>> {

    RunAssert(Run<?> run) {
        super(run, RunAssert.class);
    }

    /** The code returned instead of throwing. */
    public RunAssert completed() {
        actual.failure().ifPresent(failure -> failWithMessage(
                "The code threw %s instead of returning.%s", describe(failure), hint()));
        return this;
    }

    /** The code returned exactly this value. */
    public RunAssert returned(Object expected) {
        completed();
        // The kit's value judges the returned one: a returned object's own equals could say yes to anything.
        if (!Objects.equals(expected, actual.result())) {
            failWithMessage("It returned %s; expected %s.%s", actual.result(), expected, hint());
        }
        return this;
    }

    /**
     * The code returned a list equal to {@code expected}, element by element. A long list is not
     * printed: the message says what differs (elements lost or extra, nulls, the first difference),
     * which is what tells a race or a lost order apart.
     */
    public RunAssert returnedList(List<?> expected) {
        completed();
        if (!(actual.result() instanceof List<?> list)) {
            failWithMessage("It returned %s; expected a list of %d elements.%s", actual.result(), expected.size(), hint());
            return this;
        }
        Evidence.record("elements", list.size());
        if (list.equals(expected)) {
            return this;
        }
        String difference = ListDifference.describe(list, expected);
        failWithMessage("It returned a list of %d elements; expected %d. %s%s", list.size(), expected.size(),
                difference, hint());
        return this;
    }

    /** Every one of these calls ran exactly once, and nothing else was recorded. */
    public RunAssert ranEachCallOnce(Collection<String> labels) {
        Map<String, Long> counts = actual.calls().stream()
                .collect(Collectors.groupingBy(Call::label, TreeMap::new, Collectors.counting()));
        Evidence.record("calls", actual.calls().size());
        for (String label : labels) {
            long times = counts.getOrDefault(label, 0L);
            if (times != 1) {
                failWithMessage("Task %s ran %d time%s; every task must run exactly once.%s",
                        label, times, times == 1 ? "" : "s", hint());
            }
        }
        if (actual.calls().size() != labels.size()) {
            failWithMessage("%d calls were recorded for %d tasks; every task must run exactly once.%s",
                    actual.calls().size(), labels.size(), hint());
        }
        return this;
    }

    /**
     * Exactly this many small pieces of work were counted (one per element of the work): none skipped, none done
     * twice. A result kept from another run, returned without the work, fails here.
     */
    public RunAssert didEachPieceOnce(long pieces) {
        long counted = actual.pieces();
        Evidence.record("pieces", counted);
        if (counted != pieces) {
            failWithMessage("It did %d pieces of work for %d elements; every element must be worked on exactly once,"
                    + " in the same call that returns the result.%s", counted, pieces, hint());
        }
        return this;
    }

    /** The most calls in flight at once was exactly {@code expected}. */
    public RunAssert peakInFlight(int expected) {
        int peak = actual.peakInFlight();
        recordShape();
        if (peak != expected) {
            failWithMessage("Peak concurrency was %d: %s; expected %d calls in flight at once.%s",
                    peak, peakStory(peak), expected, hint());
        }
        return this;
    }

    /** At some moment at least two calls were in flight. */
    public RunAssert ranConcurrently() {
        int peak = actual.peakInFlight();
        recordShape();
        if (peak < 2) {
            failWithMessage("Peak concurrency was %d: %s.%s", peak, peakStory(peak), hint());
        }
        return this;
    }

    /** Every recorded call ran on a virtual thread. */
    public RunAssert onVirtualThreads() {
        long platform = actual.platformThreadCalls();
        recordShape();
        if (actual.calls().isEmpty()) {
            failWithMessage("No task ran at all, so no task ran on a virtual thread.%s", hint());
        }
        if (platform > 0) {
            String names = actual.calls().stream().filter(call -> !call.virtual())
                    .map(Call::thread).distinct().collect(Collectors.joining(", "));
            failWithMessage("%d of %d calls ran on platform threads (%s); expected every call on a virtual thread."
                    + " A platform thread holds an operating-system thread even while it waits.%s",
                    platform, actual.calls().size(), names, hint());
        }
        return this;
    }

    /**
     * CPU work: it was split across at least two threads that were busy at the same moment. Load can
     * slow such a run down, but cannot make sequential work overlap or parallel work stop overlapping.
     */
    public RunAssert ranInParallel() {
        ParallelEvidence evidence = ParallelEvidence.of(actual, Math.max(2, Runtime.getRuntime().availableProcessors()));
        evidence.record("");
        Evidence.record("threads", evidence.busy().threads());
        Evidence.record("wall_ms", actual.wallTime().toMillis());
        Evidence.record("timeline", actual.timeline().asMeasurement());
        if (!evidence.parallel()) {
            failWithMessage("The work ran %s. CPU work only goes faster when several threads compute at the same"
                    + " moment, each on a core of its own.%s", evidence.story(), hint());
        }
        return this;
    }

    private void recordShape() {
        Evidence.record("peak_in_flight", actual.peakInFlight());
        Evidence.record("calls", actual.calls().size());
        Evidence.record("threads", actual.threads().size());
        Evidence.record("platform_thread_calls", actual.platformThreadCalls());
        Evidence.record("wall_ms", actual.wallTime().toMillis());
        Evidence.record("timeline", actual.timeline().asMeasurement());
    }

    private String peakStory(int peak) {
        int calls = actual.calls().size();
        String threads = actual.threads().size() == 1
                ? "on one thread, " + actual.threads().iterator().next()
                : "on " + actual.threads().size() + " threads";
        return switch (peak) {
            case 0 -> "no call was recorded at all";
            case 1 -> actual.threads().size() == calls && calls > 1
                    ? Evidence.finding(Finding.WAITS_IN_LOOP, "the " + calls + " calls ran one after another, each"
                            + " on a thread of its own, yet each started only after the one before it had ended: the"
                            + " code waited for each call before it started the next")
                    : "the " + calls + " calls ran one after another " + threads;
            default -> "at most " + peak + " of the " + calls + " calls overlapped, " + threads;
        };
    }

    static String describe(Throwable failure) {
        Function<Throwable, String> one = t -> t.getClass().getName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return failure.getCause() == null || failure.getCause() == failure
                ? one.apply(failure)
                : one.apply(failure) + " (caused by " + one.apply(failure.getCause()) + ")";
    }
}
