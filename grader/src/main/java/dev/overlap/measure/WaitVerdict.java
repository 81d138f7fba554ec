package dev.overlap.measure;

import dev.overlap.evidence.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict on waiting work timed against the kit's sequential baseline and concurrent reference.
 *
 * <p>Why the bar has a ceiling from theory: the reference runs in the same JVM as the submission, which can slow it
 * on purpose (block its carriers, spin the cores while it runs). So the reference may only make the bar stricter,
 * never looser. The bar is at most the lower bound plus a quarter of the time overlapping saves in theory (all the
 * work minus the bound), stretched by the pace the machine shows right now: how much longer than in theory the
 * baseline and the reference both took, and never more than a quarter longer. A reference slower than that pace
 * allows is no yardstick: the measurement is disturbed, taken again, and at the end the check fails closed.
 *
 * @param bound     the least any correct run can take
 * @param totalWork all the work one piece after another, what the sequential baseline takes in theory
 */
record WaitVerdict(Timings timings, LowerBound bound, Duration totalWork) implements TimedVerdict {

    /**
     * The share of the saving a submission must achieve. Overlapping the same work gets all of it, while leaving one
     * wait out of the overlap loses a whole wait, far more than the quarter allowed.
     */
    static final double SHARE_OF_SAVING = 0.75;

    /** The most a run may take over theory and still count as the machine's pace: a quarter, as the bar allows. */
    static final double SLOWEST_PACE = 1 + (1 - SHARE_OF_SAVING);

    /** The medians this measurement took. */
    private Medians measured() {
        return new Medians(baseline(), reference(), submission());
    }

    double pace() {
        return pace(measured());
    }

    Duration ceiling() {
        return ceiling(measured());
    }

    Duration referenceLimit() {
        return referenceLimit(measured());
    }

    Duration required() {
        return required(measured());
    }

    Optional<Duration> crewLimit() {
        return crewLimit(measured());
    }

    /**
     * How much longer than theory the kit's own runs took: the smaller of the baseline's and the reference's
     * stretch, so that the submission would have to slow both to stretch the bar, and at most {@link #SLOWEST_PACE}.
     */
    private double pace(Medians at) {
        double baselinePace = (double) at.baseline().toNanos() / totalWork.toNanos();
        double referencePace = (double) at.reference().toNanos() / bound.ideal().toNanos();
        return Math.clamp(Math.min(baselinePace, referencePace), 1, SLOWEST_PACE);
    }

    /** The bar theory sets at this pace: the ideal (the bound, or the design's least time) plus a quarter of the saving. */
    private Duration ceiling(Medians at) {
        return atPace(at, bound.ideal().plus(saving(1 - SHARE_OF_SAVING)));
    }

    /** The slowest the reference may be and still be a yardstick: the ideal plus half of the bar's margin. */
    private Duration referenceLimit(Medians at) {
        return atPace(at, bound.ideal().plus(saving((1 - SHARE_OF_SAVING) / 2)));
    }

    private Duration saving(double share) {
        return Duration.ofNanos(Math.round(totalWork.minus(bound.ideal()).toNanos() * share));
    }

    private Duration atPace(Medians at, Duration theory) {
        return Duration.ofNanos(Math.round(theory.toNanos() * pace(at)));
    }

    /** Three quarters of the reference's saving, or the crew's limit, and never above the ceiling. */
    private Duration required(Medians at) {
        Duration saving = at.baseline().minus(at.reference());
        Duration share = at.reference().plus(Duration.ofNanos(Math.round(saving.toNanos() * (1 - SHARE_OF_SAVING))));
        Duration bar = crewLimit(at).filter(limit -> limit.compareTo(share) < 0).orElse(share);
        Duration ceiling = ceiling(at);
        return bar.compareTo(ceiling) < 0 ? bar : ceiling;
    }

    /**
     * Halfway from the reference to the least a crew one smaller would take at the pace the reference shows (its
     * bound, scaled as the reference is scaled above this crew's bound). A run that leaves a worker idle is such a
     * smaller crew, so it cannot pass.
     */
    private Optional<Duration> crewLimit(Medians at) {
        return oneFewerAtThisPace(at).map(fewer -> at.reference().plus(fewer.minus(at.reference()).dividedBy(2)));
    }

    private Optional<Duration> oneFewerAtThisPace(Medians at) {
        return bound.withOneWorkerFewer().map(fewer -> Duration.ofNanos(Math.round(
                (double) at.reference().toNanos() * fewer.toNanos() / bound.time().toNanos())));
    }

    double ideal() {
        return (double) totalWork.toNanos() / bound.time().toNanos();
    }

    boolean skippedWork() {
        return skippedWork(measured());
    }

    private boolean skippedWork(Medians at) {
        return at.submission().plusMillis(1).compareTo(bound.time()) < 0;
    }

    /** A run that threw is a verdict of its own; measuring again only repeats it. */
    boolean threw() {
        return timings.failure(Role.SUBMISSION).isPresent();
    }

    boolean concurrentByEvidence() {
        return timings.peakInFlight(Role.SUBMISSION) > 1;
    }

    /** The kit's reference took longer than the machine's pace allows: it cannot set a bar. */
    boolean disturbed() {
        return disturbed(measured());
    }

    private boolean disturbed(Medians at) {
        return at.reference().compareTo(referenceLimit(at)) > 0;
    }

    @Override
    public boolean passed() {
        return !threw() && passes(measured());
    }

    boolean passes(Medians at) {
        return !skippedWork(at) && !disturbed(at) && at.submission().compareTo(required(at)) <= 0;
    }

    @Override
    public Remeasure.Reading reading() {
        if (passed() || threw() || skippedWork()) {
            return Remeasure.Reading.SETTLED;
        }
        if (disturbed()) {
            return Remeasure.Reading.DISTURBED;
        }
        return concurrentByEvidence() ? Remeasure.Reading.LATE : Remeasure.Reading.SETTLED;
    }

    /**
     * A failed run whose calls never overlapped: one at a time, they take at least every wait added up, in any
     * round. Deterministic evidence, so the rounds left would only repeat it.
     */
    boolean settledInOneRound() {
        return threw() || (!passed() && !disturbed() && timings.peakInFlight(Role.SUBMISSION) == 1);
    }

    /** Settled with {@code roundsLeft} rounds still to go: failed for good (see above), or passed for good. */
    boolean settled(int roundsLeft) {
        return settledInOneRound() || passesWhateverTheRoundsLeft(roundsLeft);
    }

    /**
     * A pass the rounds left cannot undo, so they are not run. Once more rounds are taken than are left, each role's
     * final median lies between the least and the most of its times so far, however long the rounds left take. The
     * verdict passes for every medians in that box when it passes at the box's eight corners: the bar only rises
     * with the baseline and the reference, too fast and too slow are each one-sided in the submission's time, a
     * slower baseline never lowers the reference's limit, and how far the reference runs past its limit is greatest
     * at one end of its range (it grows with the reference where the pace is clamped, and is below zero where the
     * pace follows the reference). The pass is the verdict all the rounds would have given, only sooner.
     */
    boolean passesWhateverTheRoundsLeft(int roundsLeft) {
        if (threw() || timings.of(Role.SUBMISSION).size() <= roundsLeft) {
            return false;
        }
        for (Duration baseline : range(Role.BASELINE)) {
            for (Duration reference : range(Role.REFERENCE)) {
                for (Duration submission : range(Role.SUBMISSION)) {
                    if (!passes(new Medians(baseline, reference, submission))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The least and the most time a role took in the rounds so far. */
    private List<Duration> range(Role role) {
        List<Duration> times = timings.of(role).stream().map(Run::wallTime).sorted().toList();
        return List.of(times.getFirst(), times.getLast());
    }

    /** The medians a verdict compares: measured, or at a corner of what the rounds left could make them. */
    record Medians(Duration baseline, Duration reference, Duration submission) {
    }

    @Override
    public void record() {
        Evidence.record("submission_ms", submission().toMillis());
        Evidence.record("baseline_ms", baseline().toMillis());
        Evidence.record("reference_ms", reference().toMillis());
        Evidence.record("required_ms", required().toMillis());
        Evidence.record("ceiling_ms", ceiling().toMillis());
        Evidence.record("reference_limit_ms", referenceLimit().toMillis());
        Evidence.record("pace", round(pace()));
        Evidence.record("lower_bound_ms", bound.time().toMillis());
        bound.design().ifPresent(design -> Evidence.record("design_ms", design.time().toMillis()));
        bound.withOneWorkerFewer().ifPresent(fewer -> Evidence.record("one_worker_fewer_bound_ms",
                fewer.toMillis()));
        Evidence.record("speedup", round(timings.speedup(Role.SUBMISSION)));
        Evidence.record("reference_speedup", round(timings.speedup(Role.REFERENCE)));
        Evidence.record("required_speedup", round((double) baseline().toNanos() / required().toNanos()));
        Evidence.record("ideal_speedup", round(ideal()));
        Evidence.record("rounds", timings.of(Role.SUBMISSION).size());
        Evidence.record("timeline", timings.medianRun(Role.SUBMISSION).timeline().asMeasurement());
        Evidence.record("baseline_timeline", timings.medianRun(Role.BASELINE).timeline().asMeasurement());
    }

    /** Why the kit's reference could not serve as a yardstick, for a check that fails closed. */
    @Override
    public String disturbance() {
        return format("the kit's own concurrent version took %d ms (%s), more than the %d ms its work allows at this"
                + " machine's pace (%s: at least %d ms; %.2fx theory at most).", reference().toMillis(),
                timings.howMany(Role.REFERENCE), referenceLimit().toMillis(), bound.idealReason(),
                bound.ideal().toMillis(), SLOWEST_PACE);
    }

    @Override
    public String failure(int remeasures) {
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
                + " runs: %s. Needed at most %d ms (%.2fx): %s. The ideal is %.2fx:"
                + " all the work one piece after another (%d ms) over %s (%d ms).%s",
                submission().toMillis(), timings.howMany(Role.SUBMISSION), baseline().toMillis(),
                Speedup.inWords(timings.speedup(Role.SUBMISSION)), required().toMillis(),
                (double) baseline().toNanos() / required().toNanos(), requiredStory(), ideal(),
                totalWork.toMillis(), bound.reason(), bound.time().toMillis(),
                concurrentByEvidence() ? " The calls did overlap, so it was measured " + (remeasures + 1)
                        + " times; something in between still waits in line." : oneRoundStory());
    }

    private String oneRoundStory() {
        return timings.of(Role.SUBMISSION).size() == 1 && !threw()
                ? " Its calls never overlapped (one in flight at a time), so one timed run settled it: calls"
                        + " that wait one after another cannot finish sooner in another run."
                : "";
    }

    private String requiredStory() {
        if (required().equals(ceiling())) {
            return format("%s (%d ms) plus a quarter of what overlapping saves in theory (%d ms), at this machine's"
                    + " pace (%.2fx theory)", bound.idealReason(), bound.ideal().toMillis(),
                    totalWork.minus(bound.ideal()).toMillis(), pace());
        }
        boolean crewLimited = crewLimit().filter(limit -> limit.equals(required())).isPresent();
        return crewLimited
                ? format("halfway from the kit's reference (%d ms) to %d ms, the least a crew one smaller would"
                        + " take at the pace the reference shows (%d ms in theory)", reference().toMillis(),
                        oneFewerAtThisPace(measured()).orElseThrow().toMillis(),
                        bound.withOneWorkerFewer().orElseThrow().toMillis())
                : format("three quarters of the time the kit's concurrent reference saved (it took %d ms)",
                        reference().toMillis());
    }

    @Override
    public String summary() {
        return format("Finished in %d ms (%s) against the sequential %d ms: %s;"
                + " needed %.2fx, ideal %.2fx.", submission().toMillis(), timings.howMany(Role.SUBMISSION),
                baseline().toMillis(), Speedup.inWords(timings.speedup(Role.SUBMISSION)),
                (double) baseline().toNanos() / required().toNanos(), ideal());
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
