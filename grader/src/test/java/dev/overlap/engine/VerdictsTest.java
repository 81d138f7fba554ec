package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import dev.overlap.isolate.ForkMessage;
import dev.overlap.isolate.ForkOutcome;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.overlap.check.CheckStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Grading fails closed: a result that is missing, contradicted or cut off never earns points. */
@DisplayName("Verdicts fail closed")
class VerdictsTest {

    private static final ExerciseSpec EXERCISE = new ExerciseSpec("00-sample", "sample", "dev.overlap.checks.Sample",
            Duration.ofSeconds(10), 64, 16, false, false, List.of(
                    new CheckSpec("right", "gives the right answer", 1, Kind.CORRECTNESS, 3, Visibility.VISIBLE,
                            List.of()),
                    new CheckSpec("overlaps", "overlaps the waits", 1, Kind.CONCURRENCY, 5, Visibility.VISIBLE,
                            List.of("right"))));

    private final Verdicts verdicts = new Verdicts(EXERCISE, System.nanoTime());

    @Test
    @DisplayName("a check without a result scores zero and says so, even when the JVM said it was done")
    void aMissingResultScoresZero() {
        ExerciseReport report = verdicts.of(outcome(List.of(passed("right")), true, 0));

        assertThat(report.status()).isEqualTo(Status.GRADED);
        assertThat(report.score()).isEqualTo(3);
        assertThat(report.checks()).filteredOn(check -> check.id().equals("overlaps")).singleElement()
                .satisfies(check -> assertThat(check.feedback()).contains("No result was reported"))
                .extracting(CheckReport::score).isEqualTo(0);
    }

    @Test
    @DisplayName("a check that was held back is reported as not run, with its reason, and scores zero")
    void aHeldBackCheckIsNotRun() {
        ExerciseReport report = verdicts.of(outcome(List.of(new ForkMessage("finished", "right", CheckStatus.FAILED,
                "wrong", Map.of(), List.of(), null), new ForkMessage("finished", "overlaps", CheckStatus.NOT_RUN,
                "Not run: this check counts only once ...", Map.of(), List.of(), null)), true, 0));

        assertThat(report.checks()).extracting(CheckReport::status)
                .containsExactly(CheckStatus.FAILED, CheckStatus.NOT_RUN);
        assertThat(report.checks().get(1).feedback()).startsWith("Not run: ");
        assertThat(report.score()).isZero();
    }

    @Test
    @DisplayName("the checks of an exercise that could not be graded did not run")
    void theChecksOfAnUngradedExerciseDidNotRun() {
        ExerciseReport report = verdicts.zero(Status.COMPILE_ERROR, "does not compile", "");

        assertThat(report.checks()).extracting(CheckReport::status).containsOnly(CheckStatus.NOT_RUN);
    }

    @Test
    @DisplayName("two results for one check make the whole report untrustworthy")
    void contradictionsScoreZero() {
        ExerciseReport report = verdicts.of(outcome(List.of(passed("right"), passed("overlaps"),
                new ForkMessage("finished", "overlaps", CheckStatus.FAILED, "no", Map.of(), List.of(), null)), true,
                0));

        assertThat(report.status()).isEqualTo(Status.CRASHED);
        assertThat(report.score()).isZero();
    }

    @Test
    @DisplayName("results without the end of the checks score zero: the JVM may have been cut off in the middle")
    void resultsWithoutAnEndScoreZero() {
        ExerciseReport report = verdicts.of(outcome(List.of(passed("right"), passed("overlaps")), false, 0));

        assertThat(report.status()).isEqualTo(Status.CRASHED);
        assertThat(report.score()).isZero();
        assertThat(report.feedback()).contains("exit status 0", "before the checks were done");
    }

    private static ForkMessage passed(String check) {
        return new ForkMessage("finished", check, CheckStatus.PASSED, "", Map.of(), List.of(), null);
    }

    private static ForkOutcome outcome(List<ForkMessage> results, boolean done, int exitCode) {
        boolean consistent = results.stream().map(ForkMessage::check).distinct().count() == results.size();
        return new ForkOutcome(results, Optional.empty(), done, consistent, false, exitCode, Optional.empty(),
                Optional.empty(), Optional.empty(), "", "", Optional.empty(), 0);
    }
}
