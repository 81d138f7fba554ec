package dev.overlap.measure;

import dev.overlap.check.Evidence;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Speed assertions on a trial. Wall time is the second witness: when a run is concurrent by
 * evidence but slow by the clock, the trial is measured again before it fails.
 */
public final class TrialAssert extends AbstractAssert<TrialAssert, Trial<?>> {

    /**
     * The share of the reference's saving a submission must achieve. The reference shows what overlap
     * buys on this machine right now; a submission that overlaps the same work gets all of it, while
     * one that leaves a wait out of the overlap loses a whole wait, far more than the quarter allowed.
     */
    static final double SHARE_OF_SAVING = 0.75;
    static final int REMEASURES = 2;

    private String hint = "";

    TrialAssert(Trial<?> trial) {
        super(trial, TrialAssert.class);
    }

    public TrialAssert hint(String whatToTry) {
        this.hint = " " + whatToTry;
        return this;
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
     * the bound and recovered most of the time the reference saved. When the bound knows a crew one
     * smaller, the submission must also finish at least halfway from the reference to that smaller crew's
     * bound, scaled to the pace the reference shows: a run that leaves a worker idle never gets there.
     *
     * @param totalWork all the work one piece after another, what the sequential baseline takes in theory
     */
    public TrialAssert finishesNearLowerBound(LowerBound bound, Duration totalWork) {
        WaitVerdict verdict = null;
        for (int attempt = 0; attempt <= REMEASURES; attempt++) {
            verdict = new WaitVerdict(actual.measure(firstRound -> new WaitVerdict(firstRound, bound, totalWork,
                    0).settledInOneRound()), bound, totalWork, attempt);
            verdict.record();
            if (verdict.passed() || !verdict.concurrentByEvidence() || verdict.threw()) {
                break;
            }
        }
        if (!verdict.passed()) {
            failWithMessage("%s", verdict.failure() + hint);
        }
        Evidence.note(verdict.summary());
        return this;
    }

    /**
     * CPU work: the submission split the work across threads busy at the same moment and, when the
     * machine had a spare core, recovered at least half of the time the kit's parallel reference saved
     * in the same rounds. Amdahl's ideal for N = min(cores, tasks) is recorded beside it. On one core,
     * or while a neighbour holds the spare cores, the evidence alone decides, and the note says so.
     *
     * @param tasks how many independent pieces the work has; no more of them can run at once
     */
    public TrialAssert hasParallelSpeedup(int tasks) {
        int cores = Runtime.getRuntime().availableProcessors();
        CpuVerdict verdict = null;
        for (int attempt = 0; attempt <= REMEASURES; attempt++) {
            verdict = new CpuVerdict(actual.measure(firstRound -> new CpuVerdict(firstRound, tasks, cores, 0)
                    .settledInOneRound()), tasks, cores, attempt);
            verdict.record();
            if (!verdict.onlyTooSlow()) {
                break;
            }
        }
        if (!verdict.passed()) {
            failWithMessage("%s", verdict.failure() + hint);
        }
        Evidence.note(verdict.summary());
        return this;
    }

    private record WaitVerdict(Timings timings, LowerBound bound, Duration totalWork, int remeasures) {

        Duration submission() {
            return timings.median(Role.SUBMISSION);
        }

        Duration baseline() {
            return timings.median(Role.BASELINE);
        }

        Duration reference() {
            return timings.median(Role.REFERENCE);
        }

        Duration required() {
            Duration saving = baseline().minus(reference());
            Duration share = reference().plus(Duration.ofNanos(Math.round(saving.toNanos() * (1 - SHARE_OF_SAVING))));
            return crewLimit().filter(limit -> limit.compareTo(share) < 0).orElse(share);
        }

        /**
         * Halfway from the reference to the least a crew one smaller would take at the pace the reference
         * shows right now (its bound, scaled as the reference is scaled above this crew's bound). A run that
         * leaves a worker idle is such a smaller crew, so it cannot pass.
         */
        Optional<Duration> crewLimit() {
            return oneFewerAtThisPace().map(fewer -> reference().plus(fewer.minus(reference()).dividedBy(2)));
        }

        Optional<Duration> oneFewerAtThisPace() {
            return bound.withOneWorkerFewer().map(fewer -> Duration.ofNanos(Math.round(
                    (double) reference().toNanos() * fewer.toNanos() / bound.time().toNanos())));
        }

        double ideal() {
            return (double) totalWork.toNanos() / bound.time().toNanos();
        }

        boolean skippedWork() {
            return submission().plusMillis(1).compareTo(bound.time()) < 0;
        }

        /** A run that threw is a verdict of its own; measuring again only repeats it. */
        boolean threw() {
            return timings.failure(Role.SUBMISSION).isPresent();
        }

        boolean concurrentByEvidence() {
            return timings.peakInFlight(Role.SUBMISSION) > 1;
        }

        boolean passed() {
            return !threw() && !skippedWork()
                    && submission().compareTo(required()) <= 0;
        }

        /**
         * A failed run whose calls never overlapped: one at a time, they take at least every wait added up,
         * in any round. Deterministic evidence, so the rounds left would only repeat it.
         */
        boolean settledInOneRound() {
            return threw() || (!passed() && timings.peakInFlight(Role.SUBMISSION) == 1);
        }

        private String oneRoundStory() {
            return timings.of(Role.SUBMISSION).size() == 1 && !threw()
                    ? " Its calls never overlapped (one in flight at a time), so one timed run settled it: calls"
                            + " that wait one after another cannot finish sooner in another run."
                    : "";
        }

        void record() {
            Evidence.record("submission_ms", submission().toMillis());
            Evidence.record("baseline_ms", baseline().toMillis());
            Evidence.record("reference_ms", reference().toMillis());
            Evidence.record("required_ms", required().toMillis());
            Evidence.record("lower_bound_ms", bound.time().toMillis());
            bound.withOneWorkerFewer().ifPresent(fewer -> Evidence.record("one_worker_fewer_bound_ms",
                    fewer.toMillis()));
            Evidence.record("speedup", round(timings.speedup(Role.SUBMISSION)));
            Evidence.record("reference_speedup", round(timings.speedup(Role.REFERENCE)));
            Evidence.record("required_speedup", round((double) baseline().toNanos() / required().toNanos()));
            Evidence.record("ideal_speedup", round(ideal()));
            Evidence.record("rounds", timings.of(Role.SUBMISSION).size());
            Evidence.record("remeasures", remeasures);
            Evidence.record("timeline", timings.medianRun(Role.SUBMISSION).timeline().asMeasurement());
            Evidence.record("baseline_timeline", timings.medianRun(Role.BASELINE).timeline().asMeasurement());
        }

        String failure() {
            var thrown = timings.failure(Role.SUBMISSION);
            if (thrown.isPresent()) {
                return "The code threw " + RunAssert.describe(thrown.get()) + " while it was being timed.";
            }
            if (skippedWork()) {
                return format("It finished in %d ms, faster than %s (%d ms), which no correct run can beat: some"
                        + " work was skipped or not awaited. Every task must finish before the method returns.",
                        submission().toMillis(), bound.reason(), bound.time().toMillis());
            }
            return format("It took %d ms (%s) against %d ms for the sequential baseline in the same"
                    + " runs: %.2fx faster. Needed at most %d ms (%.2fx): %s. The ideal is %.2fx:"
                    + " all the work one piece after another (%d ms) over %s (%d ms).%s",
                    submission().toMillis(), timings.howMany(Role.SUBMISSION), baseline().toMillis(),
                    timings.speedup(Role.SUBMISSION), required().toMillis(),
                    (double) baseline().toNanos() / required().toNanos(), requiredStory(), ideal(),
                    totalWork.toMillis(), bound.reason(), bound.time().toMillis(),
                    concurrentByEvidence() ? " The calls did overlap, so it was measured " + (remeasures + 1)
                            + " times; something in between still waits in line." : oneRoundStory());
        }

        private String requiredStory() {
            boolean crewLimited = crewLimit().filter(limit -> limit.equals(required())).isPresent();
            return crewLimited
                    ? format("halfway from the kit's reference (%d ms) to %d ms, the least a crew one smaller would"
                            + " take at the pace the reference shows (%d ms in theory)", reference().toMillis(),
                            oneFewerAtThisPace().orElseThrow().toMillis(),
                            bound.withOneWorkerFewer().orElseThrow().toMillis())
                    : format("three quarters of the time the kit's concurrent reference saved (it took %d ms)",
                            reference().toMillis());
        }

        String summary() {
            return format("Finished in %d ms (%s), %.2fx faster than the sequential %d ms;"
                    + " needed %.2fx, ideal %.2fx.", submission().toMillis(), timings.howMany(Role.SUBMISSION),
                    timings.speedup(Role.SUBMISSION), baseline().toMillis(),
                    (double) baseline().toNanos() / required().toNanos(), ideal());
        }

        private static String format(String pattern, Object... args) {
            return String.format(Locale.ROOT, pattern, args);
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }
}
