package dev.overlap.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.check.Kind;
import dev.overlap.engine.Catalog;
import dev.overlap.engine.ExerciseSpec;
import dev.overlap.engine.GradeListener;
import dev.overlap.engine.Grader;
import dev.overlap.fixture.Grading;
import dev.overlap.fixture.SelfCheckRuns;
import dev.overlap.proof.Solutions;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.HtmlReport;
import dev.overlap.report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit proves its checks can fail and can pass: the reference solutions earn every point, and the
 * starters, which are correct but sequential, earn the correctness points and nothing else. The report of either
 * whole run stays within its budget.
 */
@DisplayName("The kit grades its own solutions and starters")
class SelfCheckTest {

    private static final long ONE_MIB = 1024 * 1024;

    private static GradeReport solutions;
    private static GradeReport starters;

    @TempDir
    static Path work;

    @BeforeAll
    static void gradeBoth() throws IOException {
        Path root = Path.of(System.getProperty("overlap.root", "..")).toAbsolutePath().normalize();
        Catalog catalog = Catalog.load();
        long seed = new SecureRandom().nextLong();
        System.out.println("Self-check seed: " + Long.toHexString(seed));
        Grader grader = Grading.grader(seed, GradeListener.onFinished(report -> System.out.println("  graded "
                + report.id() + ": " + report.score() + "/" + report.maxScore())));
        List<ExerciseSpec> exercises = chosen(catalog);
        solutions = grader.grade(Solutions.laidOut(root, work), exercises);
        starters = grader.grade(root.resolve("exercises"), exercises);
        SelfCheckRuns.keep(solutions, starters);
    }

    /** Every exercise, or those -Dexercise=ID[,ID...] names, as in a grade run: an author self-checks one. */
    private static List<ExerciseSpec> chosen(Catalog catalog) {
        List<String> ids = Arrays.stream(System.getProperty("exercise", "").split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
        ids.forEach(id -> assertThat(catalog.find(id)).as("-Dexercise=%s: no such exercise", id).isPresent());
        return ids.isEmpty() ? catalog.exercises() : ids.stream().map(id -> catalog.find(id).orElseThrow()).toList();
    }

    @TestFactory
    @DisplayName("every check passes on the reference solutions")
    Stream<DynamicTest> solutionsEarnFullMarks() {
        return eachCheck(solutions, entry -> assertThat(entry.check().passed()).as("solution %s failed \"%s\": %s",
                entry.exercise().id(), entry.check().name(), entry.check().feedback()).isTrue());
    }

    @TestFactory
    @DisplayName("starters pass every correctness check and fail every other check")
    Stream<DynamicTest> startersKeepOnlyCorrectness() {
        return eachCheck(starters, entry -> {
            boolean correctness = entry.check().kind() == Kind.CORRECTNESS;
            assertThat(entry.check().passed()).as("starter %s: \"%s\" (%s) should %s: %s", entry.exercise().id(),
                    entry.check().name(), entry.check().kind().id(), correctness ? "pass" : "fail",
                    entry.check().feedback()).isEqualTo(correctness);
        });
    }

    @Test
    @DisplayName("a whole run's report.html stays under 1 MiB and is written in under 1 s")
    void reportsStayWithinTheirBudget() throws IOException {
        for (var run : List.of(Map.entry("solutions", solutions), Map.entry("starters", starters))) {
            long start = System.nanoTime();
            Path page = HtmlReport.write(run.getValue(), work.resolve("report-of-the-" + run.getKey()));
            Duration writing = Duration.ofNanos(System.nanoTime() - start);
            System.out.printf("  report.html of the %s: %d bytes, written in %d ms%n", run.getKey(), Files.size(page),
                    writing.toMillis());

            assertThat(Files.size(page)).as("report.html of the %s, in bytes", run.getKey()).isLessThan(ONE_MIB);
            assertThat(writing).as("writing report.html of the %s", run.getKey()).isLessThan(Duration.ofSeconds(1));
        }
    }

    /** One test per check of the run, named after it: its exercise was graded, and {@code check} holds for it. */
    private static Stream<DynamicTest> eachCheck(GradeReport run, Consumer<Entry> check) {
        return run.exercises().stream()
                .flatMap(exercise -> exercise.checks().stream().map(graded -> new Entry(exercise, graded)))
                .map(entry -> DynamicTest.dynamicTest(entry.name(), () -> {
                    assertThat(entry.exercise().status()).as("status of %s: %s", entry.exercise().id(),
                            entry.exercise().feedback()).isEqualTo(Status.GRADED);
                    check.accept(entry);
                }));
    }

    private record Entry(ExerciseReport exercise, CheckReport check) {
        String name() {
            return exercise.id() + ": " + check.name();
        }
    }
}
