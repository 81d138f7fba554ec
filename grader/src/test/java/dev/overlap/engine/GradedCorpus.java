package dev.overlap.engine;

import dev.overlap.fixture.Grading;
import dev.overlap.report.GradeReport;
import dev.overlap.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A corpus of the grader's test resources, graded once for a test class that registers it as a static field: before
 * the class's tests, its cases are laid out in a submission folder of their own and graded in one run, each case
 * with its own exercise's checks; after them, the folder is removed. Its tests read the cases, the exercises they
 * submit and what grading said.
 */
final class GradedCorpus<C extends Submitted> implements BeforeAllCallback, AfterAllCallback {

    /** Reads the cases of a corpus from its folder. */
    @FunctionalInterface
    interface Cases<C> {
        List<C> under(Path corpus) throws IOException;
    }

    private final String name;
    private final Cases<C> read;
    private List<C> cases;
    private Map<String, ExerciseSpec> exercises;
    private GradeReport report;
    private Path root;

    private GradedCorpus(String name, Cases<C> read) {
        this.name = name;
        this.read = read;
    }

    /** The corpus named {@code name}, in the test resources' folder of that name in lower case. */
    static <C extends Submitted> GradedCorpus<C> of(String name, Cases<C> read) {
        return new GradedCorpus<>(name, read);
    }

    /**
     * Lays every case out and grades them all, printing each as it finishes; the report stays in the grader's build
     * folder, under the corpus's name in lower case, to read what each case was told.
     */
    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String folder = name.toLowerCase(Locale.ROOT);
        cases = read.under(Corpora.corpus(folder));
        exercises = Corpora.exercisesOf(cases);
        root = Files.createTempDirectory("overlap-" + folder + "-");
        Path project = Corpora.project();
        for (Submitted corpusCase : cases) {
            Corpora.layOut(corpusCase, project, root);
        }
        List<ExerciseSpec> specs = cases.stream()
                .map(corpusCase -> corpusCase.spec(exercises.get(corpusCase.exercise()))).toList();
        long seed = new SecureRandom().nextLong();
        System.out.println(name + ": " + cases.size() + " cases of " + exercises.size() + " exercises, seed "
                + Long.toHexString(seed));
        report = Corpora.grade(Grading.grader(seed, GradeListener.onFinished(Corpora::progress)), root, specs,
                Corpora.untimed(cases, specs));
        System.out.printf(Locale.ROOT, "%s graded in %.1f s%n", name, report.durationMs() / 1000.0);
        JsonReport.write(report, Path.of("target", folder));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Corpora.delete(root);
    }

    List<C> cases() {
        return cases;
    }

    /** The exercises the cases submit, by id in order. */
    Map<String, ExerciseSpec> exercises() {
        return exercises;
    }

    /** One test per case, named after it, that checks the case against what grading said about it. */
    Stream<DynamicTest> eachCase(Corpora.CaseCheck<C> check) {
        return Corpora.eachCase(cases, report, check);
    }
}
