package dev.overlap.checks.eventloop;

import static org.assertj.core.api.Assertions.fail;

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

/**
 * Judges the heartbeat of the loop during a burst. The worst lag is the longest the loop was kept
 * from its other work. The verdict also says, from the recorded calls, which work ran on the loop, and records for the
 * report how late each beat came ({@code heartbeat_lags}: when it was due and its lag, in ms from the burst's start)
 * beside the timeline of the burst's calls.
 */
record HeartbeatVerdict(Burst.Outcome outcome, Recorder recorder, Duration allowed, Duration oneWait) {

    /** Nothing of the harbour's ran on the loop, yet it was late: what holds a loop up then. */
    private static final String WAITED_FOR_ANOTHER_THREAD = " So a handler that held the loop up waited for work"
            + " that ran elsewhere: a join() or get() on a future in a handler (or a lock) stops the loop exactly as"
            + " the wait itself does. Return the future instead, and continue from it with thenApplyAsync(..., loop).";

    void judge(String hint) {
        Latencies lags = new Latencies(outcome.beats().stream().map(HeartbeatLoop.Beat::lag).toList())
                .record("heartbeat_lag");
        Duration worst = outcome.worstLag();
        List<Call> onLoop = recorder.calls().stream().filter(call -> call.thread().equals(Harness.LOOP_THREAD))
                .toList();
        long waits = onLoop.stream().filter(call -> call.label().startsWith("manifest")).count();
        long plots = onLoop.stream().filter(call -> call.label().startsWith("plot")).count();
        Evidence.record("heartbeat_worst_lag_ms", worst.toMillis());
        Evidence.record("allowed_lag_ms", allowed.toMillis());
        Evidence.record("heartbeat_period_ms", EventLoopChecks.HEARTBEAT.toMillis());
        Evidence.record("beats", outcome.beats().size());
        Evidence.record("burst_ms", outcome.wall().toMillis());
        Evidence.record("wait_ms", oneWait.toMillis());
        Evidence.record("waits_on_the_loop", waits);
        Evidence.record("plots_on_the_loop", plots);
        Evidence.record("heartbeat_lags", outcome.beats().stream().map(beat -> List.of(
                Timeline.millis(beat.dueNanos() - outcome.startNanos()), Timeline.millis(beat.lagNanos()))).toList());
        Evidence.record("timeline", Timeline.of(recorder, outcome.startNanos(), outcome.wall()).asMeasurement());
        if (!outcome.complete()) {
            fail("Not every call was answered within %d s.", EventLoopChecks.PATIENCE.toSeconds());
        }
        if (worst.compareTo(allowed) > 0) {
            Evidence.finding(Finding.BLOCKS_THE_LOOP);
            fail("The heartbeat, due every %d ms, came up to %d ms late while the handlers ran (the burst took %d"
                    + " ms); at most %d ms is allowed: half of one %d ms wait, since a handler that waits or computes"
                    + " on the loop holds the heartbeat back for all of it. On the loop's thread ran %d waits for a"
                    + " manifest and %d plots.%s %s", EventLoopChecks.HEARTBEAT.toMillis(), worst.toMillis(),
                    outcome.wall().toMillis(), allowed.toMillis(), oneWait.toMillis(), waits, plots,
                    waits + plots == 0 ? WAITED_FOR_ANOTHER_THREAD : "", hint);
        }
        Evidence.note(String.format(Locale.ROOT, "The heartbeat came at most %d ms late (95th percentile %d ms) while"
                + " the handlers ran for %d ms; allowed %d ms.", worst.toMillis(), lags.percentile(95).toMillis(),
                outcome.wall().toMillis(), allowed.toMillis()));
    }
}
