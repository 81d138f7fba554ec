package dev.overlap.measure;

import dev.overlap.check.Evidence;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on CPU work timed against the kit's sequential baseline and parallel reference.
 *
 * <p>Why relative to the reference: on a shared machine a neighbour can take a core for seconds, and
 * then no code gets the ideal speedup. The reference runs in the same rounds and suffers the same
 * load, so what it reached is what the machine allowed. When it reached less than half of the ideal
 * gain there was no spare core to show a speedup with, and the verdict rests on the evidence alone:
 * several threads busy at the same moment, which load cannot fake.
 */
record CpuVerdict(Timings timings, int tasks, int cores, int remeasures) {

    /**
     * The share of the reference's saving a submission must achieve: halfway between what sequential
     * code saves (nothing) and what the same parallel work saves (all of it), the widest margin both ways.
     */
    static final double SHARE_OF_SAVING = 0.5;

    Duration submission() {
        return timings.median(Role.SUBMISSION);
    }

    Duration baseline() {
        return timings.median(Role.BASELINE);
    }

    Duration reference() {
        return timings.median(Role.REFERENCE);
    }

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
        return Amdahl.of(cores, tasks, serialShare());
    }

    double ideal() {
        return amdahl().ideal();
    }

    /** The reference got at least half of the ideal gain: a core was free to show a speedup with. */
    boolean spareCore() {
        return amdahl().workers() >= 2 && referenceSpeedup() >= 1 + (ideal() - 1) / 2;
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
        return timings.of(Role.SUBMISSION).stream().filter(run -> ParallelEvidence.of(run).parallel()).count();
    }

    /** Most of the submission's runs had two threads or more busy at the same moment. */
    boolean parallelByEvidence() {
        return parallelRuns() * 2 > timings.of(Role.SUBMISSION).size();
    }

    /** A timed run that answered differently from the baseline skipped or repeated work. */
    Optional<Object> wrongResult() {
        Object expected = timings.medianRun(Role.BASELINE).result();
        return timings.of(Role.SUBMISSION).stream().map(Run::result)
                .filter(result -> !Objects.equals(result, expected)).findFirst().map(result -> (Object) result);
    }

    boolean passed() {
        return timings.failure(Role.SUBMISSION).isEmpty() && wrongResult().isEmpty() && parallelByEvidence()
                && (!spareCore() || speedup() >= requiredSpeedup());
    }

    /**
     * A failed run that did all its work on one thread: one thread is never parallel, in any round, so the
     * rounds left would only repeat it.
     */
    boolean settledInOneRound() {
        return timings.failure(Role.SUBMISSION).isPresent()
                || (!passed() && timings.of(Role.SUBMISSION).stream().allMatch(run -> run.threads().size() == 1));
    }

    /** Right and parallel by the evidence, only slow by the clock: the case worth measuring again. */
    boolean onlyTooSlow() {
        return !passed() && timings.failure(Role.SUBMISSION).isEmpty() && wrongResult().isEmpty()
                && parallelByEvidence();
    }

    void record() {
        Evidence.record("submission_ms", submission().toMillis());
        Evidence.record("baseline_ms", baseline().toMillis());
        Evidence.record("reference_ms", reference().toMillis());
        Evidence.record("speedup", round(speedup()));
        Evidence.record("reference_speedup", round(referenceSpeedup()));
        Evidence.record("required_ms", required().toMillis());
        Evidence.record("required_speedup", round(requiredSpeedup()));
        Evidence.record("ideal_speedup", round(ideal()));
        Evidence.record("cores", cores);
        Evidence.record("amdahl_workers", amdahl().workers());
        Evidence.record("serial_share", round(serialShare()));
        Evidence.record("graded_on", spareCore() ? "speedup" : "evidence");
        Evidence.record("parallel_runs", parallelRuns());
        Evidence.record("rounds", timings.of(Role.SUBMISSION).size());
        Evidence.record("remeasures", remeasures);
        ParallelEvidence.of(timings.medianRun(Role.SUBMISSION)).record("");
        ParallelEvidence.of(timings.medianRun(Role.REFERENCE)).record("reference_");
        Evidence.record("timeline", timings.medianRun(Role.SUBMISSION).timeline().asMeasurement());
        Evidence.record("reference_timeline", timings.medianRun(Role.REFERENCE).timeline().asMeasurement());
    }

    String failure() {
        var thrown = timings.failure(Role.SUBMISSION);
        if (thrown.isPresent()) {
            return "The code threw " + RunAssert.describe(thrown.get()) + " while it was being timed.";
        }
        Optional<Object> wrong = wrongResult();
        if (wrong.isPresent()) {
            return format("While it was timed it returned %s, but the sequential version returned %s for the same"
                    + " work: some work was skipped, repeated or lost between threads.", shorten(wrong.get()),
                    shorten(timings.medianRun(Role.BASELINE).result()));
        }
        if (!parallelByEvidence()) {
            return format("In %d of %d timed runs the work ran %s. %s%s CPU work only goes faster when several"
                    + " threads compute at the same moment, each on a core of its own.%s",
                    timings.of(Role.SUBMISSION).size() - parallelRuns(), timings.of(Role.SUBMISSION).size(),
                    ParallelEvidence.of(timings.medianRun(Role.SUBMISSION)).story(),
                    timeSentence(), spareCore() ? "" : " " + noSpareCore(),
                    timings.of(Role.SUBMISSION).size() == 1 ? " All of it ran on one thread, so one timed run"
                            + " settled it: one thread is not parallel in any run." : "");
        }
        return format("%s Needed at most %d ms (%.2fx): half of the time the kit's parallel version saved. The"
                + " work did run on several threads at once, so it was measured %d times; something still makes"
                + " the threads take turns: a lock, a shared collection, a sequential step, or a source that"
                + " splits badly.", timeSentence(), required().toMillis(), requiredSpeedup(), remeasures + 1);
    }

    String summary() {
        if (spareCore()) {
            return format("%s It needed %.2fx.", timeSentence(), requiredSpeedup());
        }
        return format("%s %s Graded on the evidence instead: the work ran %s.", timeSentence(), noSpareCore(),
                ParallelEvidence.of(timings.medianRun(Role.SUBMISSION)).story());
    }

    private String timeSentence() {
        return format("It took %d ms (%s) against %d ms for the sequential version in the same"
                + " rounds: %.2fx %s. The kit's parallel version took %d ms (%.2fx). The ideal on %d core%s is"
                + " %.2fx (Amdahl, N = %d, serial share %.1f%%).", submission().toMillis(),
                timings.howMany(Role.SUBMISSION), baseline().toMillis(), speedup(),
                speedup() >= 1 ? "faster" : "as fast, that is slower", reference().toMillis(),
                referenceSpeedup(), cores, cores == 1 ? "" : "s", ideal(), amdahl().workers(), serialShare() * 100);
    }

    private String noSpareCore() {
        if (amdahl().workers() < 2) {
            return cores < 2 ? "This machine has 1 core, so no speedup can be shown."
                    : "There is only one task, so it cannot use a second core.";
        }
        String share = ParallelEvidence.of(timings.medianRun(Role.REFERENCE)).cpuShare()
                .map(cpu -> format(" While they ran, its tasks got %.0f%% of a core's time: other processes had the"
                        + " rest.", cpu * 100)).orElse("");
        return format("The machine had no spare core during this check: the kit's own parallel version reached"
                + " %.2fx, less than half of the ideal gain.%s", referenceSpeedup(), share);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static double round(double value) {
        return ParallelEvidence.round(value);
    }
}
