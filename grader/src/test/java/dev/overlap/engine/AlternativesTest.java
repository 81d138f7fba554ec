package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Grades the corpus of correct alternatives (grader/src/test/resources/alternatives): for every exercise, correct
 * learner code written in other styles than the reference solution (threads joined by hand, invokeAll,
 * CompletableFutures, latches and semaphores, a ForkJoinPool or a RecursiveTask of one's own, streams over
 * indexes, ...). The checks judge what code does, not how it is spelled, so each of them must earn full marks.
 * All cases are graded in one run over one submission folder, each case graded by its own exercise's checks.
 */
@DisplayName("Correct code written differently from the reference solutions earns full marks")
class AlternativesTest {

    /** Every exercise needs at least this many alternatives, so that no single other style stands for all. */
    private static final int PER_EXERCISE = 2;

    @RegisterExtension
    static final GradedCorpus<CorpusCase> alternatives = GradedCorpus.of("Alternatives", CorpusCase::under);

    @TestFactory
    @DisplayName("every alternative is graded and earns every point of its exercise")
    Stream<DynamicTest> everyAlternativeEarnsFullMarks() {
        return alternatives.eachCase((alternative, report) -> {
            assertThat(report.status() == Status.GRADED && report.score() == report.maxScore())
                    .as("%s (%s): status %s, %d/%d points; a correct alternative is graded with full marks.%s",
                            alternative.name(), alternative.exercise(), report.status().id(), report.score(),
                            report.maxScore(), whatFailed(report))
                    .isTrue();
            assertThat(alternative.withRules().mismatches(report))
                    .as("%s against its expected.properties:%s", alternative.name(), whatFailed(report))
                    .isEmpty();
        });
    }

    @Test
    @DisplayName("every expected.properties asks for status graded and the full score of its exercise")
    void everyCaseExpectsFullMarks() {
        assertThat(alternatives.cases()).allSatisfy(alternative -> {
            assertThat(alternative.withRules().status()).as(alternative.name()).isEqualTo(Status.GRADED);
            assertThat(alternative.withRules().score()).as("%s: the score of %s", alternative.name(),
                    alternative.exercise()).isEqualTo(alternatives.exercises().get(alternative.exercise()).maxScore());
        });
    }

    @Test
    @DisplayName("every exercise of the catalog has at least two alternatives")
    void everyExerciseHasAlternatives() {
        Map<String, Long> perExercise = alternatives.cases().stream()
                .collect(Collectors.groupingBy(CorpusCase::exercise, Collectors.counting()));
        List<String> lacking = Catalog.load().exercises().stream().map(ExerciseSpec::id)
                .filter(id -> perExercise.getOrDefault(id, 0L) < PER_EXERCISE)
                .map(id -> id + " has " + perExercise.getOrDefault(id, 0L)).toList();
        assertThat(lacking).as("exercises with fewer than %d alternatives", PER_EXERCISE).isEmpty();
    }

    @Test
    @DisplayName("every alternative is named after its exercise's number and says which style it shows")
    void everyCaseIsNamedAndDescribed() throws IOException {
        for (CorpusCase alternative : alternatives.cases()) {
            assertThat(alternative.name()).as("the name of a case of %s", alternative.exercise())
                    .startsWith(alternative.exercise().substring(0, 3));
            assertThat(Files.readString(alternative.folder().resolve("expected.properties")))
                    .as("%s: a # comment on top says which style the case shows", alternative.name())
                    .startsWith("# ");
        }
    }

    /** The exercise's own feedback (a compile error, a rule it broke) and each failed check with its feedback. */
    private static String whatFailed(ExerciseReport report) {
        Function<CheckReport, String> failure = check -> "\n  FAIL " + check.id() + " (" + check.name() + "): "
                + check.feedback();
        String checks = report.checks().stream().filter(check -> !check.passed()).map(failure)
                .collect(Collectors.joining());
        return (report.feedback().isBlank() ? "" : "\n  " + report.feedback()) + checks;
    }
}
