package dev.overlap.engine;

import dev.overlap.report.Audience;
import dev.overlap.report.CompactReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.Reports;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades on every save: grades the exercise being worked on, then looks at the exercises' sources every
 * {@link #POLL} and grades again each exercise whose files changed, once they stay the same for one more look (an
 * editor may write a file in pieces). Each grade prints a compact verdict and rewrites the reports with the latest
 * grade of every exercise graded since the watch began. Only the grading side stays warm: this JVM, and the checks
 * JVM of each exercise's next grade, started once the verdict and the reports are out, while the learner edits
 * ({@link Grader#startNext}). Every grade still compiles the exercise alone and runs its checks in a JVM in the
 * sandbox that runs no other grade, exactly as a single grade run does.
 *
 * <p>Looking is polling, not the JDK's {@code WatchService}: that one polls too on macOS, every few seconds, and
 * the point of the watch is a verdict within seconds of a save on every system.
 */
final class Watch {

    static final Duration POLL = Duration.ofMillis(100);

    private final Path submission;
    private final List<ExerciseSpec> exercises;
    private final Grader grader;
    private final Audience audience;
    private final Path out;
    private final CourseProgress course;
    private final PrintStream console;
    private final int width;
    private final Map<String, ExerciseReport> latest = new LinkedHashMap<>();

    Watch(Path submission, List<ExerciseSpec> exercises, Grader grader, Audience audience, Path out,
          CourseProgress course, PrintStream console, int width) {
        this.submission = submission;
        this.exercises = exercises;
        this.grader = grader;
        this.audience = audience;
        this.out = out;
        this.course = course;
        this.console = console;
        this.width = width;
    }

    /** Grades until the thread is interrupted (or the JVM ends: Ctrl+C). */
    void run() throws IOException {
        Map<String, Map<Path, Sources.Stamp>> stamps = stamps();
        try {
            grade(List.of(workedOn(stamps)));
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(POLL);
                Map<String, Map<Path, Sources.Stamp>> now = stamps();
                if (now.equals(stamps)) {
                    continue;
                }
                Thread.sleep(POLL);
                Map<String, Map<Path, Sources.Stamp>> settled = stamps();
                if (!settled.equals(now)) {
                    continue;
                }
                Map<String, Map<Path, Sources.Stamp>> before = stamps;
                stamps = settled;
                grade(exercises.stream().filter(exercise -> !settled.get(exercise.id()).equals(
                        before.get(exercise.id()))).toList());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            grader.discardSpares();
        }
    }

    private void grade(List<ExerciseSpec> changed) throws IOException {
        console.println();
        console.println("Grading " + String.join(", ", changed.stream().map(ExerciseSpec::id).toList()) + "...");
        GradeReport graded = audience.view(grader.grade(submission, changed));
        graded.exercises().forEach(exercise -> {
            CompactReport.print(exercise, console, width);
            latest.put(exercise.id(), exercise);
        });
        course.keep(graded, submission);
        List<ExerciseReport> all = List.copyOf(latest.values());
        Reports.writeAll(new GradeReport(all.stream().mapToInt(ExerciseReport::score).sum(),
                all.stream().mapToInt(ExerciseReport::maxScore).sum(), graded.submission(), graded.gradedAt(),
                graded.durationMs(), graded.machine(), graded.sandbox(), graded.sandboxNote(), all),
                course.of(submission), out);
        console.println("Report: " + out.resolve("report.html") + ". Watching " + (exercises.size() == 1
                ? exercises.getFirst().id() : exercises.size() + " exercises") + " for saves (Ctrl+C to stop)...");
        grader.startNext(changed);
    }

    /** The exercise whose sources changed last: the one a learner who starts the watch is working on. */
    private ExerciseSpec workedOn(Map<String, Map<Path, Sources.Stamp>> stamps) {
        return exercises.stream().max(Comparator.comparingLong(exercise -> lastChange(stamps.get(exercise.id()))))
                .orElseThrow();
    }

    private static long lastChange(Map<Path, Sources.Stamp> stamp) {
        return stamp.values().stream().mapToLong(Sources.Stamp::modifiedMillis).max().orElse(Long.MIN_VALUE);
    }

    private Map<String, Map<Path, Sources.Stamp>> stamps() {
        Map<String, Map<Path, Sources.Stamp>> stamps = new LinkedHashMap<>();
        exercises.forEach(exercise -> stamps.put(exercise.id(),
                Sources.stamp(submission.resolve(exercise.id()).resolve(Sources.JAVA))));
        return stamps;
    }
}
