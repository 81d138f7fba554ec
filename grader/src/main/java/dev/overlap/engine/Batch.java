package dev.overlap.engine;

import dev.overlap.isolate.Kit;
import dev.overlap.isolate.Sandbox;
import dev.overlap.report.Gradebook;
import dev.overlap.report.GradeReport;
import dev.overlap.report.JsonReport;
import dev.overlap.report.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Grades a class: every sub-folder of a folder is one learner's submission. Submissions are graded
 * one after another, never side by side: on a machine with few cores, a second submission's work
 * would steal the core that the first one's speedup checks are measuring. A submission that breaks
 * the grader is recorded as such and the batch goes on.
 */
final class Batch {

    private final PrintStream console;
    private final List<ExerciseSpec> exercises;
    private final Kit kit;
    private final Sandbox sandbox;
    private final long seed;

    Batch(PrintStream console, List<ExerciseSpec> exercises, Kit kit, Sandbox sandbox, long seed) {
        this.console = console;
        this.exercises = exercises;
        this.kit = kit;
        this.sandbox = sandbox;
        this.seed = seed;
    }

    /** Returns false when there was nothing to grade. */
    boolean grade(Path folder, Path out) throws IOException {
        List<Path> learners;
        try (Stream<Path> children = Files.list(folder)) {
            learners = children.filter(Files::isDirectory).filter(dir -> !dir.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        if (learners.isEmpty()) {
            console.println("Cannot grade: " + folder.toAbsolutePath() + " has no submission folders.");
            return false;
        }
        clearEarlierReports(out);
        console.printf("Grading %d submission(s) of %d exercise(s) (seed %s)%n", learners.size(), exercises.size(),
                Long.toHexString(seed));
        Gradebook gradebook = new Gradebook(exercises.stream().map(ExerciseSpec::id).toList());
        long start = System.nanoTime();
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < learners.size(); i++) {
            Path learner = learners.get(i);
            String name = learner.getFileName().toString();
            long begin = System.nanoTime();
            if (Files.isSymbolicLink(learner)) {
                // A link would grade another learner's copy (or the kit's solutions) under this name.
                gradebook.failed(name, "the folder is a link to " + learner.toRealPath() + "; each copy must be a"
                        + " folder of its own");
                console.printf("[%d/%d] %-24s not graded: the folder is a link%n", i + 1, learners.size(), name);
                continue;
            }
            try {
                GradeListener progress = new LearnerProgress(i + 1, learners.size(), name, begin, times);
                GradeReport report = new Grader(kit, sandbox, seed, progress).grade(exercisesOf(learner), exercises);
                Reports.writeAll(report, out.resolve(name));
                gradebook.add(name, report);
                console.printf(Locale.ROOT, "[%d/%d] %-24s %4d/%-4d in %5.1f s; about %s left%n", i + 1,
                        learners.size(), name, report.score(), report.maxScore(), seconds(begin),
                        left(times, Duration.ofNanos(System.nanoTime() - begin), learners.size() - i - 1));
            } catch (IOException | RuntimeException e) {
                gradebook.failed(name, e.toString());
                console.printf("[%d/%d] %-24s could not be graded: %s%n", i + 1, learners.size(), name, e);
            }
        }
        gradebook.write(out);
        console.printf(Locale.ROOT, "%nGraded %d submission(s) in %.1f s (%.1f per minute).%nGradebook: %s%n",
                learners.size(), seconds(start), learners.size() * 60.0 / Math.max(seconds(start), 0.001),
                out.resolve(Gradebook.CSV));
        return true;
    }

    /**
     * A batch writes into a clean folder: the reports of an earlier grade run there (a single run's, a gradebook,
     * earlier learners' report folders) are removed first, so none can be taken for this batch's. Only what the
     * kit writes is removed.
     */
    private static void clearEarlierReports(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> written = new ArrayList<>();
        Reports.WRITTEN.forEach(name -> written.add(out.resolve(name)));
        written.add(out.resolve(Gradebook.CSV));
        written.add(out.resolve(Gradebook.JSON_FILE));
        try (Stream<Path> children = Files.list(out)) {
            children.filter(child -> Files.isRegularFile(child.resolve(JsonReport.FILE_NAME)))
                    .forEach(earlier -> Reports.WRITTEN.forEach(name -> written.add(earlier.resolve(name))));
        }
        for (Path path : written) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    for (Path file : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    // A clone of a project generated by the learner-project archetype keeps its exercises in exercises/.
    private static Path exercisesOf(Path learner) {
        Path nested = learner.resolve("exercises");
        return Files.isDirectory(nested) ? nested : learner;
    }

    private static String left(List<Duration> times, Duration last, int remaining) {
        times.add(last);
        return inWords(mean(times).multipliedBy(remaining));
    }

    private static Duration mean(List<Duration> times) {
        return times.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(times.size());
    }

    private static String inWords(Duration left) {
        long seconds = left.toSeconds();
        return seconds < 120 ? seconds + " s" : (seconds + 30) / 60 + " min";
    }

    /**
     * A line as each exercise of a learner starts, so a long batch shows where it is: the learner, the exercise and
     * the time left, from the learners graded so far or, for the first, from its exercises graded so far.
     */
    private final class LearnerProgress implements GradeListener {

        private final int number;
        private final int learners;
        private final String name;
        private final long begin;
        private final List<Duration> times;
        private int started;

        LearnerProgress(int number, int learners, String name, long begin, List<Duration> times) {
            this.number = number;
            this.learners = learners;
            this.name = name;
            this.begin = begin;
            this.times = times;
        }

        @Override
        public void exerciseStarted(ExerciseSpec exercise) {
            started++;
            Duration spent = Duration.ofNanos(System.nanoTime() - begin);
            Duration perLearner = !times.isEmpty() ? mean(times)
                    : started > 1 ? spent.multipliedBy(exercises.size()).dividedBy(started - 1) : null;
            String left = "";
            if (perLearner != null) {
                Duration rest = perLearner.multipliedBy(learners - number + 1).minus(spent);
                left = "; about " + inWords(rest.isNegative() ? Duration.ZERO : rest) + " left";
            }
            console.printf("[%d/%d] %-24s %s (%d of %d)%s%n", number, learners, name, exercise.id(), started,
                    exercises.size(), left);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
