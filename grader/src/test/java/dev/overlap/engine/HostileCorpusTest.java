package dev.overlap.engine;

import static dev.overlap.engine.Corpora.everything;
import static dev.overlap.engine.Corpora.reportOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.check.Kind;
import dev.overlap.fixture.Grading;
import dev.overlap.isolate.Kit;
import dev.overlap.proof.Solutions;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.JsonReport;
import dev.overlap.report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Grades the hostile corpus (grader/src/test/resources/hostile): submissions, mostly of exercise 01, that hang,
 * deadlock, exit, fill the heap, bomb threads, flood output, do not compile, change signatures, reach
 * into the grader or the kit, read files, store answers, skip work or fake concurrency. All of them are graded
 * in one run, beside an honest copy of the solution of each exercise they submit, so the test shows at once that
 * nothing crashes the grader, that each gets exactly its expected status and score, that the honest exercises
 * keep full marks and that the kit's JARs are as the build sealed them.
 * The cases that set expectations {@code without-rules.*} are graded a second time with the integrity
 * rules off, to show that the isolation of the checks' JVM (its sandbox) holds on its own.
 */
@DisplayName("Hostile and broken submissions score zero and harm nothing beside them")
class HostileCorpusTest {

    private static final String HONEST = "honest-";

    private static List<CorpusCase> cases;
    /** The exercises the corpus submits, by id in order: the order of their honest copies. */
    private static Map<String, ExerciseSpec> exercises;
    private static Kit kit;
    private static GradeReport withRules;
    private static GradeReport withoutRules;
    private static Path root;
    private static Path projectReport;
    private static Optional<String> projectReportBefore;

    @BeforeAll
    static void gradeTheCorpus() throws IOException {
        Path project = Corpora.project();
        projectReport = project.resolve("target/grade/grade.json");
        projectReportBefore = contentOf(projectReport);
        cases = CorpusCase.under(Corpora.corpus("hostile"));
        exercises = Corpora.exercisesOf(cases);
        // Read before any case runs: a case that rewrote the seal with the JARs would not fool this one.
        kit = Kit.ofThisJvm();

        root = Files.createTempDirectory("overlap-corpus-");
        List<ExerciseSpec> specs = new ArrayList<>();
        for (CorpusCase hostile : cases) {
            Corpora.layOut(hostile, project, root);
            specs.add(specOf(hostile));
        }
        Set<String> untimed = Corpora.untimed(cases, specs);
        // The honest copies go last, after every bomb, flood and crash, so any harm they left would show.
        for (ExerciseSpec exercise : exercises.values()) {
            String honest = HONEST + exercise.id();
            Solutions.layOut(project, exercise.id(), root.resolve(honest));
            specs.add(exercise.named(honest));
        }

        long seed = new SecureRandom().nextLong();
        System.out.println("Hostile corpus: " + cases.size() + " cases and " + exercises.size()
                + " honest copies, seed " + Long.toHexString(seed));
        Grader grader = Grading.grader(seed, GradeListener.onFinished(Corpora::progress));
        withRules = Corpora.grade(grader, root, specs, untimed);
        List<CorpusCase> unruledCases = cases.stream().filter(hostile -> hostile.withoutRules().isPresent()).toList();
        List<ExerciseSpec> unruled = unruledCases.stream().map(HostileCorpusTest::specOf).toList();
        System.out.println("Again without the integrity rules:");
        withoutRules = Corpora.grade(grader.withoutIntegrityRules(), root, unruled,
                Corpora.untimed(unruledCases, unruled));
        System.out.printf(Locale.ROOT, "Hostile corpus graded in %.1f s (%.1f s with the rules, %.1f s without)%n",
                (withRules.durationMs() + withoutRules.durationMs()) / 1000.0, withRules.durationMs() / 1000.0,
                withoutRules.durationMs() / 1000.0);
        // Both reports stay in the grader's build folder, to read what each case was told.
        JsonReport.write(withRules, Path.of("target", "hostile", "with-rules"));
        JsonReport.write(withoutRules, Path.of("target", "hostile", "without-rules"));
    }

    @AfterAll
    static void removeTheCopies() throws IOException {
        Corpora.delete(root);
    }

    @TestFactory
    @DisplayName("every hostile exercise gets exactly its expected status and score, with the feedback that says why")
    Stream<DynamicTest> everyCaseGetsItsExpectedOutcome() {
        return Corpora.eachCase(cases, withRules,
                (hostile, report) -> assertMeets(hostile.withRules(), hostile.name(), report));
    }

    @TestFactory
    @DisplayName("without the integrity rules, the checks' JVM still contains exits, crashes and fake results")
    Stream<DynamicTest> theIsolationHoldsWithoutTheRules() {
        List<CorpusCase> unruled = cases.stream().filter(hostile -> hostile.withoutRules().isPresent()).toList();
        return Corpora.eachCase(unruled, withoutRules, (hostile, report) -> assertMeets(
                hostile.withoutRules().orElseThrow(), hostile.name() + " without rules", report));
    }

    @Test
    @DisplayName("the corpus covers at least 20 cases, and every hostile one scores zero unless it did correct work")
    void theCorpusIsBroadAndScoresNothingItFaked() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        assertThat(cases).allSatisfy(hostile -> assertThat(hostile.withRules().score())
                .as("%s: only a correct, sequential run may keep its correctness points", hostile.name())
                .isLessThanOrEqualTo(correctnessPoints(exercises.get(hostile.exercise()))));
    }

    @TestFactory
    @DisplayName("the honest copy of each exercise, graded after every hostile one, keeps its full marks")
    Stream<DynamicTest> theHonestCopiesKeepFullMarks() {
        return exercises.keySet().stream().map(id -> DynamicTest.dynamicTest(HONEST + id, () -> {
            ExerciseReport honest = reportOf(withRules, HONEST + id);
            assertThat(honest.status()).as(everything(honest)).isEqualTo(Status.GRADED);
            assertThat(honest.score()).as(everything(honest)).isEqualTo(honest.maxScore());
        }));
    }

    @Test
    @DisplayName("no hostile exercise changed the kit: after both runs its JARs still match the seal the build made")
    void theKitIsUntouched() throws IOException {
        assertThat(kit.isSealed()).as("the corpus runs with the sealed kit that system property %s names",
                Kit.FOLDER_PROPERTY).isTrue();
        assertThat(kit.changes()).isEmpty();
    }

    @Test
    @DisplayName("no process started for a hostile exercise outlives its grading")
    void noProcessIsLeftBehind() {
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::info))
                .isEmpty();
    }

    @Test
    @DisplayName("the project's report was not written by any submission")
    void theReportIsUntouched() throws IOException {
        assertThat(contentOf(projectReport)).as(projectReport.toString()).isEqualTo(projectReportBefore);
    }

    /** The report meets the expectation; where it does not, the failure quotes all that grading said. */
    private static void assertMeets(CorpusCase.Expectation expected, String graded, ExerciseReport report) {
        assertThat(expected.mismatches(report)).as("%s was graded %s %d/%d:%n%s", graded, report.status().id(),
                report.score(), report.maxScore(), everything(report)).isEmpty();
    }

    private static ExerciseSpec specOf(CorpusCase hostile) {
        return hostile.spec(exercises.get(hostile.exercise()));
    }

    /** What the exercise's starter earns: it is correct and sequential, so it passes every correctness check. */
    private static int correctnessPoints(ExerciseSpec exercise) {
        return exercise.checks().stream().filter(check -> check.kind() == Kind.CORRECTNESS)
                .mapToInt(CheckSpec::points).sum();
    }

    private static Optional<String> contentOf(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }
}
