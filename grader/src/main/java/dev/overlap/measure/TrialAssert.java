package dev.overlap.measure;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/**
 * Speed assertions on a trial. Every run of the submission in it is checked for its result first (see
 * {@link Trial#checkedBy}); wall time is the second witness, measured again by the kit's one timing policy,
 * {@link Remeasure}.
 */
public final class TrialAssert extends CheckAssert<TrialAssert, Trial<?>> {

    TrialAssert(Trial<?> trial) {
        super(trial, TrialAssert.class);
    }

    /**
     * Waiting work: the submission took at least the critical path (it skipped no wait) and recovered
     * most of the time that overlapping saves, judged against the reference in the same rounds.
     *
     * @param criticalPath the longest chain of waits, the least any correct run can take
     * @param totalWork    every wait added up, what the sequential baseline takes in theory
     */
    public TrialAssert finishesNearCriticalPath(Duration criticalPath, Duration totalWork) {
        Evidence.record("critical_path_ms", criticalPath.toMillis());
        return finishesNearLowerBound(LowerBound.criticalPath(criticalPath), totalWork);
    }

    /**
     * Work with a lower bound of its own (a crew of cooks, a pool of fetchers): the submission took at least
     * the bound and recovered most of the time overlapping saves, never judged by a looser bar than theory allows
     * (see {@link WaitVerdict}). When the bound knows a crew one smaller, the submission must also finish at least
     * halfway from the reference to that smaller crew's bound: a run that leaves a worker idle never gets there.
     *
     * @param totalWork all the work one piece after another, what the sequential baseline takes in theory
     */
    public TrialAssert finishesNearLowerBound(LowerBound bound, Duration totalWork) {
        return conclude(judge(() -> new WaitVerdict(actual.measure((soFar, roundsLeft) ->
                new WaitVerdict(soFar, bound, totalWork).settled(roundsLeft)), bound, totalWork)));
    }

    /**
     * CPU work: the submission split the work across threads each doing a real share at the same moment and, when
     * the machine had a spare core, recovered at least half of the time the kit's parallel reference saved in the
     * same rounds. Amdahl's ideal for N = min(cores, tasks) is recorded beside it. On one core, or while a neighbour
     * held the spare cores when the checks' JVM started, the evidence alone decides, and the note says so.
     *
     * @param tasks how many independent pieces the work has; no more of them can run at once
     */
    public TrialAssert hasParallelSpeedup(int tasks) {
        Cores machine = Cores.ofThisJvm();
        return conclude(judge(() -> new CpuVerdict(actual.measure((soFar, roundsLeft) ->
                new CpuVerdict(soFar, tasks, machine).settledInOneRound()), tasks, machine)));
    }

    /**
     * The last measurement decides: passed or failed, or, when the machine stayed too busy to judge, neither: the
     * check is not run (no points, and it says why) rather than failed, since nothing was judged of the code.
     */
    private TrialAssert conclude(Remeasure.Judgement<? extends TimedVerdict> judgement) {
        TimedVerdict verdict = judgement.attempt();
        verdict.record();
        if (judgement.failsClosed()) {
            Evidence.record(Evidence.FAILED_CLOSED, true);
            Assumptions.abort(judgement.tooBusy(verdict.disturbance()));
        }
        if (!verdict.passed()) {
            failWithMessage("%s", verdict.failure(judgement.remeasures()) + hint());
        }
        Evidence.note(verdict.summary());
        return this;
    }

    /** The runs' own assertions (see {@link Trial#checkedBy}) are part of this one: the trial's figures are reported. */
    private static <A extends Remeasure.Attempt> Remeasure.Judgement<A> judge(Remeasure.Measurement<A> measurement) {
        try {
            return Evidence.partOfTheRunningAssertion(() -> Remeasure.judge(measurement));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a trial cannot throw a checked exception", e);
        }
    }
}
