package dev.overlap.checks.eventloop;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Call;
import dev.overlap.measure.Latencies;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Timeline;
import dev.overlap.workload.HeartbeatLoop;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on a burst of calls to the radio: what each call was answered, where its answer was completed, how late
 * the loop's heartbeat came while the handlers ran, and where the harbour's work ran (from the calls the burst's
 * recorder saw). Each records what it measured, then fails with a sentence for the learner.
 */
final class BurstAssert extends CheckAssert<BurstAssert, Burst.Outcome> {

    /** Nothing of the harbour's ran on the loop, yet it was late: what holds a loop up then. */
    private static final String WAITED_FOR_ANOTHER_THREAD = " So a handler that held the loop up waited for work"
            + " that ran elsewhere: a join() or get() on a future in a handler (or a lock) stops the loop exactly as"
            + " the wait itself does. Return the future instead, and continue from it with thenApplyAsync(..., loop).";

    private BurstAssert(Burst.Outcome outcome) {
        super(outcome, BurstAssert.class);
    }

    static BurstAssert assertThat(Burst.Outcome outcome) {
        return new BurstAssert(outcome);
    }

    /** Every ship got, in time and without a failure, the answer it expected. */
    BurstAssert answered(List<Ship> ships) {
        Evidence.record("calls", ships.size());
        for (int i = 0; i < ships.size(); i++) {
            Ship ship = ships.get(i);
            String answer = answerTo(ship, actual.answers().get(i)).value().orElse("");
            if (!answer.equals(ship.expected())) {
                failWithMessage("To %s the radio answered \"%s\"; expected \"%s\".%s", ship.call(), answer,
                        ship.expected(), hint());
            }
        }
        return this;
    }

    /** Every call was answered, and every answer completed on the loop's own thread. */
    BurstAssert completedOnTheLoop() {
        List<Burst.Answer> answers = actual.answers().stream().flatMap(Optional::stream).toList();
        List<Burst.Answer> elsewhere = answers.stream().filter(answer -> !answer.completion().onLoop()).toList();
        Evidence.record("answers", answers.size());
        Evidence.record("completed_off_the_loop", elsewhere.size());
        if (answers.size() < actual.answers().size()) {
            failWithMessage("%d of %d calls got no answer within %d s.%s", actual.answers().size() - answers.size(),
                    actual.answers().size(), EventLoopChecks.PATIENCE.toSeconds(), hint());
        }
        if (!elsewhere.isEmpty()) {
            Burst.Answer first = elsewhere.getFirst();
            Evidence.finding(Finding.COMPLETES_OFF_THE_LOOP);
            failWithMessage("%d of %d answers were completed off the loop; the answer to %s, for one, on %s. The loop"
                    + " continues from a handler's future on whichever thread completes it, so its follow-up ran"
                    + " there, beside the loop, not on it. A stage without Async runs where the stage before it ended,"
                    + " and thenCompose completes with the future its function returns, on the thread that completes"
                    + " that one, even when the function itself ran on the loop.%s", elsewhere.size(), answers.size(),
                    first.ship().call(), first.completion().describe(), hint());
        }
        return this;
    }

    /**
     * Every call was answered, and the heartbeat never came more than {@code allowed} late while the handlers ran. The
     * message says, from the calls {@code recorder} saw, which of the harbour's work ran on the loop. Records for the
     * report how late each beat came ({@code heartbeat_lags}: when it was due and its lag, in ms from the burst's
     * start) beside the timeline of the burst's calls.
     *
     * @param oneWait how long one manifest waits: what a handler that waits on the loop holds the heartbeat back
     */
    BurstAssert keptTheHeartbeatWithin(Duration allowed, Duration oneWait, Recorder recorder) {
        Latencies lags = new Latencies(actual.beats().stream().map(HeartbeatLoop.Beat::lag).toList())
                .record("heartbeat_lag");
        Duration worst = actual.worstLag();
        List<Call> onLoop = recorder.calls().stream().filter(call -> call.thread().equals(Harness.LOOP_THREAD))
                .toList();
        long waits = onLoop.stream().filter(call -> call.label().startsWith("manifest")).count();
        long plots = onLoop.stream().filter(call -> call.label().startsWith("plot")).count();
        Evidence.record("heartbeat_worst_lag_ms", worst.toMillis());
        Evidence.record("allowed_lag_ms", allowed.toMillis());
        Evidence.record("heartbeat_period_ms", EventLoopChecks.HEARTBEAT.toMillis());
        Evidence.record("beats", actual.beats().size());
        Evidence.record("burst_ms", actual.wall().toMillis());
        Evidence.record("wait_ms", oneWait.toMillis());
        Evidence.record("waits_on_the_loop", waits);
        Evidence.record("plots_on_the_loop", plots);
        Evidence.record("heartbeat_lags", actual.lags());
        Evidence.record("timeline", Timeline.of(recorder, actual.startNanos(), actual.wall()).asMeasurement());
        if (!actual.complete()) {
            failWithMessage("Not every call was answered within %d s.%s", EventLoopChecks.PATIENCE.toSeconds(),
                    hint());
        }
        if (worst.compareTo(allowed) > 0) {
            Evidence.finding(Finding.BLOCKS_THE_LOOP);
            failWithMessage("The heartbeat, due every %d ms, came up to %d ms late while the handlers ran (the burst"
                    + " took %d ms); at most %d ms is allowed: half of one %d ms wait, since a handler that waits or"
                    + " computes on the loop holds the heartbeat back for all of it. On the loop's thread ran %d waits"
                    + " for a manifest and %d plots.%s%s", EventLoopChecks.HEARTBEAT.toMillis(), worst.toMillis(),
                    actual.wall().toMillis(), allowed.toMillis(), oneWait.toMillis(), waits, plots,
                    waits + plots == 0 ? WAITED_FOR_ANOTHER_THREAD : "", hint());
        }
        Evidence.note(String.format(Locale.ROOT, "The heartbeat came at most %d ms late (95th percentile %d ms) while"
                + " the handlers ran for %d ms; allowed %d ms.", worst.toMillis(), lags.percentile(95).toMillis(),
                actual.wall().toMillis(), allowed.toMillis()));
        return this;
    }

    /** Every course was plotted, and every plot ran on a platform thread other than the loop's: a pool's. */
    BurstAssert plottedOnAPool(Recorder recorder) {
        List<Call> plotted = recorder.calls().stream().filter(call -> call.label().startsWith("plot ")).toList();
        long onLoop = plotted.stream().filter(call -> call.thread().equals(Harness.LOOP_THREAD)).count();
        long onVirtual = plotted.stream().filter(Call::virtual).count();
        Evidence.record("plots", plotted.size());
        Evidence.record("plots_on_the_loop", onLoop);
        Evidence.record("plots_on_virtual_threads", onVirtual);
        Evidence.record("plot_threads", plotted.stream().map(Call::thread).distinct().sorted()
                .collect(Collectors.joining(", ")));
        if (plotted.isEmpty()) {
            failWithMessage("No course was plotted at all: each course must plot every one of its soundings.%s",
                    hint());
        }
        if (onLoop > 0) {
            failWithMessage("%d of %d plots ran on the loop's own thread, %s. While the loop computes it does nothing"
                    + " else, exactly as when it waits.%s", onLoop, plotted.size(), Harness.LOOP_THREAD, hint());
        }
        if (onVirtual > 0) {
            Evidence.finding(Finding.COMPUTES_ON_VIRTUAL_THREADS);
            failWithMessage("%d of %d plots ran on virtual threads. Virtual threads are for waiting: computing on one"
                    + " keeps a carrier busy, and the carriers (one per core) are shared by every virtual thread, so"
                    + " the manifests would queue behind the plots.%s", onVirtual, plotted.size(), hint());
        }
        return this;
    }

    private Burst.Answer answerTo(Ship ship, Optional<Burst.Answer> answer) {
        if (answer.isEmpty()) {
            failWithMessage("%s got no answer within %d s.%s", ship.call(), EventLoopChecks.PATIENCE.toSeconds(),
                    hint());
        }
        answer.get().failure().ifPresent(failure -> failWithMessage("%s failed with %s.%s", ship.call(), failure,
                hint()));
        return answer.get();
    }
}
