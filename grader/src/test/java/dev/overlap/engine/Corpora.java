package dev.overlap.engine;

import dev.overlap.check.Kind;
import dev.overlap.proof.Solutions;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

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

    /**
     * A corpus's folder in the grader's test sources, not its copy among the test classes: a case file removed or
     * replaced there (a whole file that became a change.diff) would otherwise stay in the copy until a clean build.
     */
    static Path corpus(String name) {
        return project().resolve("grader/src/test/resources").resolve(name);
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
     * {@code linkTo}, otherwise its start (if it has {@code startsFrom}) with the files the case adds beside it and
     * its {@code change.diff}, if any, applied to the start's files. A case without {@code startsFrom} holds its
     * whole submission.
     */
    static void layOut(Submitted corpusCase, Path project, Path root) throws IOException {
        Path folder = root.resolve(corpusCase.name());
        if (corpusCase.linkTo().isPresent()) {
            Files.createSymbolicLink(folder, project.resolve(corpusCase.linkTo().get()));
            return;
        }
        if (corpusCase.startsFrom().isPresent()) {
            Path start = Path.of(corpusCase.startsFrom().get());
            if (start.startsWith(Solutions.FOLDER)) {
                Solutions.layOut(project, start.getFileName().toString(), folder);
            } else {
                Solutions.layOver(project.resolve(start), folder);
            }
        }
        CaseChange.refuseCopies(corpusCase.name(), corpusCase.folder(), folder);
        Solutions.layOver(corpusCase.folder(), folder);
        CaseChange.apply(corpusCase.name(), folder);
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
     * Exercises whose checks, the speedup checks aside, count what happened (calls in flight, threads, items,
     * answers) and never hold it against a clock: a neighbour on the other core cannot change their verdicts. A case
     * of one of them that grades no speedup check is graded beside another such case; every other case, alone on the
     * machine. An exercise missing here is only graded more slowly.
     */
    private static final Set<String> UNTIMED = Set.of("01-three-tasks", "02-thanksgiving-dinner", "03-animals-api",
            "05-channels", "11-mental-model");

    /** How many untimed cases are graded at once: one per core of a two-core machine, the smallest CI runs on. */
    private static final int BESIDE = 2;

    /** The names of the cases that may be graded beside another: an untimed exercise, and no speedup check. */
    static Set<String> untimed(List<? extends Submitted> cases, List<ExerciseSpec> specs) {
        Set<String> untimed = new HashSet<>();
        for (int i = 0; i < cases.size(); i++) {
            if (UNTIMED.contains(cases.get(i).exercise())
                    && specs.get(i).checks().stream().noneMatch(check -> check.kind() == Kind.SPEEDUP)) {
                untimed.add(specs.get(i).id());
            }
        }
        return untimed;
    }

    /**
     * Grades {@code specs} from {@code root}: first the {@code untimed} ones, {@value #BESIDE} at a time, then the
     * others one after another, in their order, with nothing beside them. One report, in the order of the specs.
     */
    static GradeReport grade(Grader grader, Path root, List<ExerciseSpec> specs, Set<String> untimed) {
        Instant start = Instant.now();
        Map<String, ExerciseReport> reports = new HashMap<>();
        List<CompletableFuture<GradeReport>> besideEachOther;
        try (ExecutorService beside = Executors.newFixedThreadPool(BESIDE)) {
            besideEachOther = specs.stream().filter(spec -> untimed.contains(spec.id())).map(spec -> CompletableFuture
                    .supplyAsync(() -> oneAfterAnother(grader, root, List.of(spec)), beside)).toList();
        }
        // Closing the pool waited for them all: join only hands over each report, or what grading it threw.
        besideEachOther.forEach(graded -> keep(reports, graded.join()));
        GradeReport alone = keep(reports, oneAfterAnother(grader, root,
                specs.stream().filter(spec -> !untimed.contains(spec.id())).toList()));
        List<ExerciseReport> inOrder = specs.stream().map(spec -> reports.get(spec.id())).toList();
        return new GradeReport(inOrder.stream().mapToInt(ExerciseReport::score).sum(),
                inOrder.stream().mapToInt(ExerciseReport::maxScore).sum(), root.toString(), start.toString(),
                Duration.between(start, Instant.now()).toMillis(), alone.machine(), alone.sandbox(),
                alone.sandboxNote(), inOrder);
    }

    /** Grades {@code specs} one after another in one run, unchecked so that a task may call it. */
    private static GradeReport oneAfterAnother(Grader grader, Path root, List<ExerciseSpec> specs) {
        try {
            return grader.grade(root, specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GradeReport keep(Map<String, ExerciseReport> reports, GradeReport graded) {
        graded.exercises().forEach(report -> reports.put(report.id(), report));
        return graded;
    }

    /** Prints one graded case as it finishes, so a long run shows where it is. */
    static void progress(ExerciseReport report) {
        System.out.printf(Locale.ROOT, "  %-34s %-17s %2d/%-2d %5.1f s%n", report.id(), report.status().id(),
                report.score(), report.maxScore(), report.durationMs() / 1000.0);
    }

    /** A check of one case against what grading said about it. */
    @FunctionalInterface
    interface CaseCheck<C> {
        void check(C corpusCase, ExerciseReport report) throws Throwable;
    }

    /** One test per case, named after it, that checks the case against its report in {@code graded}. */
    static <C extends Submitted> Stream<DynamicTest> eachCase(List<C> cases, GradeReport graded, CaseCheck<C> check) {
        return cases.stream().map(corpusCase -> DynamicTest.dynamicTest(corpusCase.name(),
                () -> check.check(corpusCase, reportOf(graded, corpusCase.name()))));
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
