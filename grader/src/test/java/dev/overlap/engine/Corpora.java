package dev.overlap.engine;

import dev.overlap.fixture.Grading;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.JsonReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the corpus tests share: the project they take starters from, laying their cases out as one submission
 * folder, and reading what grading said about each case.
 */
final class Corpora {

    private Corpora() {
    }

    /** The root of the project, where the starters, solutions and the report folder are. */
    static Path project() {
        return Path.of(System.getProperty("overlap.root", "..")).toAbsolutePath().normalize();
    }

    /** The exercises the cases submit, by id in order; a case that names no exercise of the catalog fails. */
    static Map<String, ExerciseSpec> exercisesOf(List<? extends Submitted> cases) {
        Catalog catalog = Catalog.load();
        Map<String, ExerciseSpec> exercises = new TreeMap<>();
        for (Submitted corpusCase : cases) {
            exercises.put(corpusCase.exercise(), catalog.find(corpusCase.exercise()).orElseThrow(() ->
                    new IllegalStateException(corpusCase.name() + " submits " + corpusCase.exercise()
                            + ", which is not an exercise of the catalog")));
        }
        return exercises;
    }

    /**
     * Puts a case in the submission folder {@code root}, under its name: a symbolic link for a case with
     * {@code linkTo}, otherwise its starter (if it has {@code startsFrom}) with the case's own files over it.
     */
    static void layOut(Submitted corpusCase, Path project, Path root) throws IOException {
        Path folder = root.resolve(corpusCase.name());
        if (corpusCase.linkTo().isPresent()) {
            Files.createSymbolicLink(folder, project.resolve(corpusCase.linkTo().get()));
            return;
        }
        if (corpusCase.startsFrom().isPresent()) {
            copy(project.resolve(corpusCase.startsFrom().get()), folder);
        }
        copy(corpusCase.folder(), folder);
    }

    /** Copies a folder's tree, over what is already there: a case's own files replace its starter's. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Removes a submission folder laid out for a corpus, links included (never what they point to). */
    static void delete(Path root) throws IOException {
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /**
     * Lays every case out in the submission folder {@code root} and grades them all in one run, each with its own
     * exercise's checks, printing each as it finishes; the report stays in the grader's build folder, under the
     * corpus's name, to read what each case was told.
     */
    static GradeReport grade(String corpus, List<? extends Submitted> cases, Map<String, ExerciseSpec> exercises,
                             Path root) throws IOException {
        Path project = project();
        for (Submitted corpusCase : cases) {
            layOut(corpusCase, project, root);
        }
        List<ExerciseSpec> specs = cases.stream()
                .map(corpusCase -> corpusCase.spec(exercises.get(corpusCase.exercise()))).toList();
        long seed = new SecureRandom().nextLong();
        System.out.println(corpus + ": " + cases.size() + " cases of " + exercises.size() + " exercises, seed "
                + Long.toHexString(seed));
        GradeReport graded = Grading.grader(seed, GradeListener.onFinished(Corpora::progress)).grade(root, specs);
        System.out.printf(Locale.ROOT, "%s graded in %.1f s%n", corpus, graded.durationMs() / 1000.0);
        JsonReport.write(graded, Path.of("target", corpus.toLowerCase(Locale.ROOT)));
        return graded;
    }

    /** Prints one graded case as it finishes, so a long run shows where it is. */
    static void progress(ExerciseReport report) {
        System.out.printf(Locale.ROOT, "  %-34s %-17s %2d/%-2d %5.1f s%n", report.id(), report.status().id(),
                report.score(), report.maxScore(), report.durationMs() / 1000.0);
    }

    static ExerciseReport reportOf(GradeReport report, String id) {
        return report.exercises().stream().filter(exercise -> exercise.id().equals(id)).findFirst().orElseThrow();
    }

    /** The exercise's own feedback, every check with its verdict and feedback, and the start of its output. */
    static String everything(ExerciseReport report) {
        StringBuilder text = new StringBuilder(report.feedback());
        report.checks().forEach(check -> text.append("\n  ").append(check.status().id()).append(' ')
                .append(check.id()).append(": ").append(check.feedback()));
        return text.append("\n  output: ").append(report.output().lines().limit(5).toList()).toString();
    }
}
