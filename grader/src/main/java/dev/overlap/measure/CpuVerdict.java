package dev.overlap.measure;

import dev.overlap.evidence.Evidence;
import java.time.Duration;
import java.util.Locale;

/**
 * The verdict on CPU work timed against the kit's sequential baseline and parallel reference.
 *
 * <p>Whether the machine had a core to spare is the calibration's answer, taken when the checks' JVM started and
 * before any submission class was loaded ({@link Cores}). Without one, no code can show a speedup and the verdict
 * rests on the evidence alone: threads each doing a real share of the work at the same moment, which load cannot
 * fake. With one, the submission must also recover half of the time the kit's parallel reference saved in the same
 * rounds. That reference runs on a pool of the kit's own; when it falls short of half the ideal gain although a
 * core was spare, something (a neighbour, or the submission's own threads) took the cores while it ran: the
 * measurement is disturbed, never a reason to lower the bar.
 */
record CpuVerdict(Timings timings, int tasks, Cores machine) implements TimedVerdict {

    /**
     * The share of the reference's saving a submission must achieve: halfway between what sequential
     * code saves (nothing) and what the same parallel work saves (all of it), the widest margin both ways.
     */
    static final double SHARE_OF_SAVING = 0.5;

    double speedup() {
        return timings.speedup(Role.SUBMISSION);
    }

    double referenceSpeedup() {
        return timings.speedup(Role.REFERENCE);
    }

    /** The part of the baseline's time spent outside the recorded work, which no thread count shortens. */
    double serialShare() {
        Run<?> baseline = timings.medianRun(Role.BASELINE);
        return 1 - (double) baseline.busy().busy().toNanos() / Math.max(1, baseline.wallTime().toNanos());
    }

    Amdahl amdahl() {
        return Amdahl.of(machine.cores(), tasks, serialShare());
    }

    double ideal() {
        return amdahl().ideal();
    }

    /** The calibration found a core to spare, and the work has pieces enough to use it. */
    boolean spareCore() {
        return amdahl().workers() >= 2 && machine.spare();
    }

    /** A core was spare, yet the kit's reference got less than half of the ideal gain: no yardstick this time. */
    boolean disturbed() {
        return spareCore() && referenceSpeedup() < 1 + (ideal() - 1) / 2;
    }

    Duration required() {
        Duration saving = baseline().minus(reference());
        if (saving.isNegative()) {
            return baseline();
        }
        return reference().plus(Duration.ofNanos(Math.round(saving.toNanos() * (1 - SHARE_OF_SAVING))));
    }

    double requiredSpeedup() {
        return (double) baseline().toNanos() / required().toNanos();
    }

    long parallelRuns() {
        return timings.of(Role.SUBMISSION).stream().filter(run -> evidence(run).parallel()).count();
    }

    /** Shares judged as among the threads the work can keep busy, and at least two: parallel means two or more. */
    private ParallelEvidence evidence(Run<?> run) {
        return ParallelEvidence.of(run, Math.max(2, amdahl().workers()));
    }

    /** Most of the submission's runs had two threads or more each doing a real share at the same moment. */
    boolean parallelByEvidence() {
        return parallelRuns() * 2 > timings.of(Role.SUBMISSION).size();
    }

    @Override
    public boolean passed() {
        return timings.failure(Role.SUBMISSION).isEmpty() && parallelByEvidence() && !disturbed()
                && (!spareCore() || speedup() >= requiredSpeedup());
    }

    @Override
    public Remeasure.Reading reading() {
        if (passed() || timings.failure(Role.SUBMISSION).isPresent() || !parallelByEvidence()) {
            return Remeasure.Reading.SETTLED;
        }
        return disturbed() ? Remeasure.Reading.DISTURBED : Remeasure.Reading.LATE;
    }

    /**
     * A failed run that did all its work on one thread: one thread is never parallel, in any round, so the
     * rounds left would only repeat it.
     */
    boolean settledInOneRound() {
        return timings.failure(Role.SUBMISSION).isPresent()
                || (!passed() && timings.of(Role.SUBMISSION).stream().allMatch(run -> run.threads().size() == 1));
    }

    @Override
    public void record() {
        Evidence.record("submission_ms", submission().toMillis());
        Evidence.record("baseline_ms", baseline().toMillis());
        Evidence.record("reference_ms", reference().toMillis());
        Evidence.record("speedup", round(speedup()));
        Evidence.record("reference_speedup", round(referenceSpeedup()));
        Evidence.record("required_ms", required().toMillis());
        Evidence.record("required_speedup", round(requiredSpeedup()));
        Evidence.record("ideal_speedup", round(ideal()));
        Evidence.record("cores", machine.cores());
        Evidence.record("calibrated_cores_used", round(machine.coresUsed()));
        Evidence.record("amdahl_workers", amdahl().workers());
        Evidence.record("serial_share", round(serialShare()));
        Evidence.record("graded_on", spareCore() ? "speedup" : "evidence");
        Evidence.record("parallel_runs", parallelRuns());
        Evidence.record("rounds", timings.of(Role.SUBMISSION).size());
        evidence(timings.medianRun(Role.SUBMISSION)).record("");
        evidence(timings.medianRun(Role.REFERENCE)).record("reference_");
        Evidence.record("timeline", timings.medianRun(Role.SUBMISSION).timeline().asMeasurement());
        Evidence.record("baseline_timeline", timings.medianRun(Role.BASELINE).timeline().asMeasurement());
        Evidence.record("reference_timeline", timings.medianRun(Role.REFERENCE).timeline().asMeasurement());
    }

    /** Why the kit's reference could not serve as a yardstick, for a check that fails closed. */
    @Override
    public String disturbance() {
        return format("the kit's parallel version reached only %.2fx (%s), less than half of the ideal %.2fx,"
                + " although %s.", referenceSpeedup(), timings.howMany(Role.REFERENCE), ideal(), machine.story());
    }

    @Override
    public String failure(int remeasures) {
        var thrown = timings.failure(Role.SUBMISSION);
        if (thrown.isPresent()) {
            return "The code threw " + RunAssert.describe(thrown.get()) + " while it was being timed.";
        }
        if (!parallelByEvidence()) {
            return format("In %d of %d timed runs the work ran %s. %s%s CPU work only goes faster when several"
                    + " threads compute at the same moment, each on a core of its own.%s",
                    timings.of(Role.SUBMISSION).size() - parallelRuns(), timings.of(Role.SUBMISSION).size(),
                    evidence(timings.medianRun(Role.SUBMISSION)).story(),
                    timeSentence(), spareCore() ? "" : " " + noSpareCore(),
                    timings.of(Role.SUBMISSION).size() == 1 ? " All of it ran on one thread, so one timed run"
                            + " settled it: one thread is not parallel in any run." : "");
        }
        return format("%s Needed at most %d ms (%.2fx): half of the time the kit's parallel version saved. The"
                + " work did run on several threads at once, so it was measured %d times; something still makes"
                + " the threads take turns: a lock, a shared collection, a sequential step, or a source that"
                + " splits badly.", timeSentence(), required().toMillis(), requiredSpeedup(), remeasures + 1);
    }

    @Override
    public String summary() {
        if (spareCore()) {
            return format("%s It needed %.2fx.", timeSentence(), requiredSpeedup());
        }
        return format("%s %s Graded on the evidence instead: the work ran %s.", timeSentence(), noSpareCore(),
                evidence(timings.medianRun(Role.SUBMISSION)).story());
    }

    private String timeSentence() {
        return format("It took %d ms (%s) against %d ms for the sequential version in the same"
                + " rounds: %s. The kit's parallel version took %d ms (%.2fx). The ideal on %d core%s is"
                + " %.2fx (Amdahl, N = %d, serial share %.1f%%).", submission().toMillis(),
                timings.howMany(Role.SUBMISSION), baseline().toMillis(), Speedup.inWords(speedup()),
                reference().toMillis(),
                referenceSpeedup(), machine.cores(), machine.cores() == 1 ? "" : "s", ideal(), amdahl().workers(),
                serialShare() * 100);
    }

    private String noSpareCore() {
        if (amdahl().workers() < 2) {
            return machine.cores() < 2 ? "This machine has 1 core, so no speedup can be shown."
                    : "There is only one task, so it cannot use a second core.";
        }
        return format("The machine had no spare core for this check: %s, less than half of every core beyond the"
                + " first.", machine.story());
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static double round(double value) {
        return ParallelEvidence.round(value);
    }
}
