package dev.overlap.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The grade as a plain-text table for a terminal or a CI log, then the feedback of every check that
 * did not pass. No colours or escape codes, so logs stay readable.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    public static void print(GradeReport report, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Exercise", "Check", "Kind", "Points", "Measured"});
        for (ExerciseReport exercise : report.exercises()) {
            if (exercise.status() != Status.GRADED) {
                rows.add(new String[] {exercise.id(), "(" + exercise.status().id().replace('_', ' ') + ")", "",
                        exercise.score() + "/" + exercise.maxScore(), ""});
                continue;
            }
            boolean first = true;
            for (CheckReport check : exercise.checks()) {
                rows.add(new String[] {first ? exercise.id() : "", mark(check) + " " + check.name(),
                        check.kind().id(), check.score() + "/" + check.maxScore(), Figures.of(check.measurements())});
                first = false;
            }
        }
        printTable(rows, out);
        out.printf(Locale.ROOT, "%nScore: %d/%d (%.0f%%) on %d cores, %s, in %.1f s; sandbox: %s%n",
                report.score(), report.maxScore(), report.percent(), report.machine().cores(), report.machine().jdk(),
                report.durationMs() / 1000.0, report.sandbox());
        printFeedback(report, out);
    }

    private static void printFeedback(GradeReport report, PrintStream out) {
        for (ExerciseReport exercise : report.exercises()) {
            if (exercise.status() != Status.GRADED) {
                out.printf("%n%s: %s%n%s%n", exercise.id(), exercise.status().id().replace('_', ' '),
                        indent(exercise.feedback()));
                continue;
            }
            for (CheckReport check : exercise.checks()) {
                if (!check.passed()) {
                    out.printf("%n%s: %s%s%n%s%n", exercise.id(), check.name(), check.ran() ? "" : " (not run)",
                            indent(check.feedback()));
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

    private static void printTable(List<String[]> rows, PrintStream out) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", rows.get(r)[i]));
                if (i < widths.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
            if (r == 0) {
                out.println("-".repeat(line.length()));
            }
        }
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
