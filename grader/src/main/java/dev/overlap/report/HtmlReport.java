package dev.overlap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Template;
import dev.overlap.check.CheckStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (no network) that starts with the answer, a summary of every exercise
 * (its status, score and the first thing to fix) linking to its section, then one section per exercise, folded when
 * it has full marks, with each check's verdict, feedback and pictures: the speedup against the required and ideal,
 * timelines of the recorded calls (the sequential baseline beside the submission, waits drawn hatched and work on a
 * core solid, with calls in flight and cores busy under the lanes) and the event loop's heartbeat. Text is rendered
 * here; the pictures are drawn in the page from the measurements embedded in it.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    /** How much of a check's feedback the summary quotes as the first thing to fix. */
    private static final int FIX_LENGTH = 160;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Template TEMPLATE = Templates.load("report.html.mustache");

    private HtmlReport() {
    }

    public static Path write(GradeReport report, Path folder) throws IOException {
        return write(report, List.of(), folder);
    }

    /** With, at the top, where each exercise of the course stands ({@code course} empty: no such part). */
    public static Path write(GradeReport report, List<ExerciseProgress> course, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, render(report, course), StandardCharsets.UTF_8);
        return file;
    }

    static String render(GradeReport report) throws JsonProcessingException {
        return render(report, List.of());
    }

    static String render(GradeReport report, List<ExerciseProgress> course) throws JsonProcessingException {
        // "</" would end the embedding script element early; JSON allows the escaped slash.
        String json = JSON.writeValueAsString(pictures(report)).replace("</", "<\\/");
        return TEMPLATE.execute(Map.ofEntries(Map.entry("course", Course.of(course)), Map.entry(
                "score", report.score()), Map.entry("maxScore", report.maxScore()),
                Map.entry("percent", String.format(Locale.ROOT, "%.0f", report.percent())),
                Map.entry("submission", report.submission()), Map.entry("gradedAt", report.gradedAt()),
                Map.entry("machine", report.machine()), Map.entry("sandbox", report.sandboxNote()),
                Map.entry("seconds", String.format(Locale.ROOT, "%.1f", report.durationMs() / 1000.0)),
                Map.entry("exercises", report.exercises().stream().map(Section::of).toList()),
                Map.entry("json", json)));
    }

    /**
     * Where the course stands, for the top of the page: each exercise's state and last score, and the one to try
     * next; a list the template leaves out when there is no course (a class's or Gradescope's report).
     */
    private record Course(long done, int total, List<Step> exercises, String next) {

        record Step(String id, String state, String stateClass, String last) {
        }

        static List<Course> of(List<ExerciseProgress> course) {
            if (course.isEmpty()) {
                return List.of();
            }
            List<Step> steps = course.stream().map(exercise -> new Step(exercise.id(), exercise.state().words(),
                    exercise.state().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    exercise.lastGrade().map(score -> score + (exercise.changedSince() ? ", changed since" : ""))
                            .orElse(""))).toList();
            return List.of(new Course(course.stream().filter(e -> e.state() == ExerciseProgress.State.DONE).count(),
                    course.size(), steps, ExerciseProgress.next(course).map(ExerciseProgress::id).orElse("")));
        }
    }

    /**
     * What the page draws from: the machine's cores and each check's measurements, by exercise and check id. Only
     * that: feedback is rendered as text, and the captured output, up to 64 KiB an exercise, is not shown here.
     */
    private static Map<String, Object> pictures(GradeReport report) {
        Map<String, Object> exercises = new LinkedHashMap<>();
        for (ExerciseReport exercise : report.exercises()) {
            Map<String, Object> checks = new LinkedHashMap<>();
            exercise.checks().stream().filter(check -> !check.measurements().isEmpty())
                    .forEach(check -> checks.put(check.id(), check.measurements()));
            exercises.put(exercise.id(), checks);
        }
        return Map.of("cores", report.machine().cores(), "exercises", exercises);
    }

    /**
     * One exercise: a row of the summary and a section of the page. A column for a learner's progress fits beside
     * {@code status} in both.
     *
     * @param fix the first thing to fix, in a sentence; empty at full marks
     */
    private record Section(String exerciseId, String title, String status, String statusClass, int score, int maxScore,
                           int percent, boolean fullMarks, String fix, List<String> notGraded, List<CheckRow> checks) {

        static Section of(ExerciseReport exercise) {
            boolean graded = exercise.status() == Status.GRADED;
            boolean full = graded && exercise.score() == exercise.maxScore();
            return new Section(exercise.id(), exercise.title(), exercise.status().id().replace('_', ' '),
                    full ? "full" : graded ? "graded" : "bad", exercise.score(), exercise.maxScore(),
                    exercise.maxScore() == 0 ? 0 : 100 * exercise.score() / exercise.maxScore(), full,
                    full ? "" : firstFix(exercise), graded ? List.of() : List.of(exercise.feedback()),
                    exercise.checks().stream().map(CheckRow::of).toList());
        }

        /**
         * What stopped the exercise from grading, or the first check that failed in the checks' order (correctness
         * first, task by task), or the first that did not run.
         */
        private static String firstFix(ExerciseReport exercise) {
            if (exercise.status() != Status.GRADED) {
                return shortened(exercise.feedback());
            }
            return exercise.checks().stream().filter(check -> check.status() == CheckStatus.FAILED).findFirst()
                    .or(() -> exercise.checks().stream().filter(check -> !check.passed()).findFirst())
                    .map(check -> check.name() + ": " + shortened(check.feedback())).orElse("");
        }

        /** The first sentence or line of a text, cut to {@value #FIX_LENGTH} characters. */
        private static String shortened(String text) {
            String first = text.strip().lines().findFirst().orElse("");
            int stop = first.indexOf(". ");
            String sentence = stop < 0 ? first : first.substring(0, stop + 1);
            return sentence.length() <= FIX_LENGTH ? sentence : sentence.substring(0, FIX_LENGTH - 1) + "\u2026";
        }
    }

    /** One check of a section: its verdict, name, kind, points and feedback. */
    private record CheckRow(String id, String name, String kind, int score, int maxScore, String feedback,
                            String verdict, String verdictClass) {

        static CheckRow of(CheckReport check) {
            return new CheckRow(check.id(), check.name(), check.kind().id(), check.score(), check.maxScore(),
                    check.feedback(), check.status().id().replace('_', ' ').toUpperCase(Locale.ROOT),
                    check.status().id().replace('_', '-'));
        }
    }
}
