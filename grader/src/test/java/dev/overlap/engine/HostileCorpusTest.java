package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.fixture.Grading;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.JsonReport;
import dev.overlap.report.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Grades the hostile corpus (grader/src/test/resources/hostile): submissions of exercise 01 that hang,
 * deadlock, exit, fill the heap, bomb threads, flood output, do not compile, change signatures, reach
 * into the grader, store answers, skip work or fake concurrency. All of them are graded in one run,
 * beside an honest copy of the solution, so the test shows at once that nothing crashes the grader,
 * that each gets exactly its expected status and score, and that the honest exercise keeps full marks.
 * The cases that set expectations {@code without-rules.*} are graded a second time with the integrity
 * rules off, to show that the isolation of the checks' JVM holds on its own.
 */
@DisplayName("Hostile and broken submissions score zero and harm nothing beside them")
class HostileCorpusTest {

    private static final String HONEST = "honest-solution";

    private static List<CorpusCase> cases;
    private static GradeReport withRules;
    private static GradeReport withoutRules;
    private static Path root;
    private static Path projectReport;
    private static Optional<String> projectReportBefore;

    @BeforeAll
    static void gradeTheCorpus() throws IOException, URISyntaxException {
        Path project = Path.of(System.getProperty("overlap.root", "..")).toAbsolutePath().normalize();
        projectReport = project.resolve("target/grade/grade.json");
        projectReportBefore = contentOf(projectReport);
        cases = CorpusCase.under(Path.of(HostileCorpusTest.class.getResource("/hostile").toURI()));
        ExerciseSpec threeTasks = Catalog.load().find("01-three-tasks").orElseThrow();

        root = Files.createTempDirectory("overlap-corpus-");
        List<ExerciseSpec> specs = new ArrayList<>();
        for (CorpusCase hostile : cases) {
            copy(hostile.folder(), root.resolve(hostile.name()));
            specs.add(hostile.spec(threeTasks));
        }
        // The honest copy goes last, after every bomb, flood and crash, so any harm they left would show.
        copy(project.resolve("solutions/01-three-tasks"), root.resolve(HONEST));
        specs.add(new ExerciseSpec(HONEST, HONEST, threeTasks.checkClass(), threeTasks.timeout(),
                threeTasks.heapMegabytes(), threeTasks.maxPlatformThreads(), threeTasks.allowsNetwork(),
                threeTasks.checks()));

        long seed = new SecureRandom().nextLong();
        System.out.println("Hostile corpus: " + cases.size() + " cases and an honest copy, seed "
                + Long.toHexString(seed));
        Grader grader = Grading.grader(seed, GradeListener.onFinished(HostileCorpusTest::progress));
        withRules = grader.grade(root, specs);
        List<ExerciseSpec> unruled = cases.stream().filter(hostile -> hostile.withoutRules().isPresent())
                .map(hostile -> hostile.spec(threeTasks)).toList();
        System.out.println("Again without the integrity rules:");
        withoutRules = grader.withoutIntegrityRules().grade(root, unruled);
        System.out.printf(Locale.ROOT, "Hostile corpus graded in %.1f s (%.1f s with the rules, %.1f s without)%n",
                (withRules.durationMs() + withoutRules.durationMs()) / 1000.0, withRules.durationMs() / 1000.0,
                withoutRules.durationMs() / 1000.0);
        // Both reports stay in the grader's build folder, to read what each case was told.
        JsonReport.write(withRules, Path.of("target", "hostile", "with-rules"));
        JsonReport.write(withoutRules, Path.of("target", "hostile", "without-rules"));
    }

    @AfterAll
    static void removeTheCopies() throws IOException {
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @TestFactory
    @DisplayName("every hostile exercise gets exactly its expected status and score, with the feedback that says why")
    Stream<DynamicTest> everyCaseGetsItsExpectedOutcome() {
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
            ExerciseReport report = reportOf(withRules, hostile.name());
            assertThat(hostile.withRules().mismatches(report))
                    .as("%s was graded %s %d/%d:%n%s", hostile.name(), report.status().id(), report.score(),
                            report.maxScore(), everything(report))
                    .isEmpty();
        }));
    }

    @TestFactory
    @DisplayName("without the integrity rules, the checks' JVM still contains exits, crashes and fake results")
    Stream<DynamicTest> theIsolationHoldsWithoutTheRules() {
        return cases.stream().filter(hostile -> hostile.withoutRules().isPresent())
                .map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> {
                    ExerciseReport report = reportOf(withoutRules, hostile.name());
                    assertThat(hostile.withoutRules().orElseThrow().mismatches(report))
                            .as("%s without rules was graded %s %d/%d:%n%s", hostile.name(), report.status().id(),
                                    report.score(), report.maxScore(), everything(report))
                            .isEmpty();
                }));
    }

    @Test
    @DisplayName("the corpus covers at least 20 cases, and every hostile one scores zero unless it did correct work")
    void theCorpusIsBroadAndScoresNothingItFaked() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        assertThat(cases).allSatisfy(hostile -> assertThat(hostile.withRules().score())
                .as("%s: only a correct, sequential run may keep its correctness points", hostile.name())
                .isLessThanOrEqualTo(3));
    }

    @Test
    @DisplayName("the honest copy graded after every hostile one keeps its full marks")
    void theHonestCopyKeepsFullMarks() {
        ExerciseReport honest = reportOf(withRules, HONEST);
        assertThat(honest.status()).as(everything(honest)).isEqualTo(Status.GRADED);
        assertThat(honest.score()).as(everything(honest)).isEqualTo(honest.maxScore());
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

    private static void progress(ExerciseReport report) {
        System.out.printf(Locale.ROOT, "  %-22s %-17s %2d/%-2d %5.1f s%n", report.id(), report.status().id(),
                report.score(), report.maxScore(), report.durationMs() / 1000.0);
    }

    private static ExerciseReport reportOf(GradeReport report, String id) {
        return report.exercises().stream().filter(exercise -> exercise.id().equals(id)).findFirst().orElseThrow();
    }

    private static String everything(ExerciseReport report) {
        StringBuilder text = new StringBuilder(report.feedback());
        report.checks().forEach(check -> text.append("\n  ").append(check.passed() ? "PASS " : "FAIL ")
                .append(check.id()).append(": ").append(check.feedback()));
        return text.append("\n  output: ").append(report.output().lines().limit(5).toList()).toString();
    }

    private static Optional<String> contentOf(Path file) throws IOException {
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
