package dev.overlap.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * The grade for a terminal or a CI log: one block per exercise with a line per check, then the feedback of every
 * check that did not pass, indented under its check. Every line fits the width given (the terminal's); no colours
 * or escape codes, so logs stay readable.
 */
public final class ConsoleReport {

    private static final String MARK_INDENT = "  ";
    private static final int MARK_WIDTH = 7;

    private ConsoleReport() {
    }

    public static void print(GradeReport report, PrintStream out, int width) {
        for (ExerciseReport exercise : report.exercises()) {
            printExercise(exercise, out, width);
        }
        String score = String.format(Locale.ROOT, "Score: %d/%d (%.0f%%) on %d cores, %s, in %.1f s; sandbox: %s",
                report.score(), report.maxScore(), report.percent(), report.machine().cores(), report.machine().jdk(),
                report.durationMs() / 1000.0, report.sandbox());
        out.println();
        Terminal.wrap(score, width, "").forEach(out::println);
        printFeedback(report, out, width);
    }

    private static void printExercise(ExerciseReport exercise, PrintStream out, int width) {
        String points = exercise.score() + "/" + exercise.maxScore();
        String status = exercise.status() == Status.GRADED ? "" : "  (" + exercise.status().id().replace('_', ' ') + ")";
        out.println(rightAligned(exercise.id() + status, points, width));
        int kindWidth = exercise.checks().stream().mapToInt(check -> check.kind().id().length()).max().orElse(0);
        String under = " ".repeat(MARK_INDENT.length() + MARK_WIDTH + 1);
        for (CheckReport check : exercise.checks()) {
            String tail = String.format("  %-" + kindWidth + "s %5s", check.kind().id(),
                    check.score() + "/" + check.maxScore());
            // One column of space at least between the name and the kind.
            List<String> name = Terminal.wrap(check.name(), width - tail.length() - 1, under);
            out.println(rightAligned(MARK_INDENT + mark(check) + " " + name.getFirst().strip(), tail, width));
            name.stream().skip(1).forEach(out::println);
            String figures = Figures.of(check.measurements());
            if (!figures.isEmpty()) {
                Terminal.wrap(figures, width, under + "  ").forEach(out::println);
            }
        }
    }

    private static void printFeedback(GradeReport report, PrintStream out, int width) {
        for (ExerciseReport exercise : report.exercises()) {
            if (exercise.status() != Status.GRADED) {
                out.printf("%n%s: %s%n", exercise.id(), exercise.status().id().replace('_', ' '));
                Terminal.wrap(exercise.feedback(), width, "  ").forEach(out::println);
                continue;
            }
            for (CheckReport check : exercise.checks()) {
                if (!check.passed()) {
                    out.println();
                    Terminal.wrap(exercise.id() + ": " + check.name() + (check.ran() ? "" : " (not run)"), width, "")
                            .forEach(out::println);
                    Terminal.wrap(check.feedback(), width, "  ").forEach(out::println);
                }
            }
        }
    }

    /** A check that did not run is not marked as failed: it was held back, and its feedback says by what. */
    private static String mark(CheckReport check) {
        return switch (check.status()) {
            case PASSED -> "PASS   ";
            case FAILED -> "FAIL   ";
            case NOT_RUN -> "NOT RUN";
        };
    }

    private static String rightAligned(String left, String right, int width) {
        return left + " ".repeat(Math.max(1, width - left.length() - right.length())) + right;
    }
}
