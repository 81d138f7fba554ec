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

/**
 * A corpus of the grader's test resources, laid out in a submission folder of its own and graded in one run, each
 * case with its own exercise's checks: its cases, the exercises they submit and what grading said. Closing it
 * removes the submission folder.
 */
record GradedCorpus<C extends Submitted>(List<C> cases, Map<String, ExerciseSpec> exercises, GradeReport report,
                                         Path root) implements AutoCloseable {

    /**
     * Lays every case out and grades them all, printing each as it finishes; the report stays in the grader's build
     * folder, under the corpus's name in lower case, to read what each case was told.
     */
    static <C extends Submitted> GradedCorpus<C> grade(String name, List<C> cases) throws IOException {
        String folder = name.toLowerCase(Locale.ROOT);
        Map<String, ExerciseSpec> exercises = Corpora.exercisesOf(cases);
        Path root = Files.createTempDirectory("overlap-" + folder + "-");
        Path project = Corpora.project();
        for (Submitted corpusCase : cases) {
            Corpora.layOut(corpusCase, project, root);
        }
        List<ExerciseSpec> specs = cases.stream()
                .map(corpusCase -> corpusCase.spec(exercises.get(corpusCase.exercise()))).toList();
        long seed = new SecureRandom().nextLong();
        System.out.println(name + ": " + cases.size() + " cases of " + exercises.size() + " exercises, seed "
                + Long.toHexString(seed));
        GradeReport graded = Corpora.grade(Grading.grader(seed, GradeListener.onFinished(Corpora::progress)), root,
                specs, Corpora.untimed(cases, specs));
        System.out.printf(Locale.ROOT, "%s graded in %.1f s%n", name, graded.durationMs() / 1000.0);
        JsonReport.write(graded, Path.of("target", folder));
        return new GradedCorpus<>(cases, exercises, graded, root);
    }

    /** One test per case, named after it, that checks the case against what grading said about it. */
    Stream<DynamicTest> eachCase(Corpora.CaseCheck<C> check) {
        return Corpora.eachCase(cases, report, check);
    }

    @Override
    public void close() throws IOException {
        Corpora.delete(root);
    }
}
