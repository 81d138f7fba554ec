package dev.overlap.proof;

import dev.overlap.check.CheckStatus;
import dev.overlap.check.Kind;
import dev.overlap.evidence.Evidence;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.Status;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark saw over all rounds. A solution must pass every check; a starter must pass every
 * correctness check and fail every other one. Anything else is a wrong verdict, but for a solution's timed check
 * that failed closed: the machine was too busy to judge it, so it was not run and judged nothing (counted apart).
 */
final class Tally {

    static final String SOLUTIONS = "solutions";
    static final String STARTERS = "starters";

    private final List<WrongVerdict> wrong = new ArrayList<>();
    private final List<WrongVerdict> notJudged = new ArrayList<>();
    private final Map<String, Map<String, Ratios>> ratios = new LinkedHashMap<>();
    private final Map<String, Integer> onEvidence = new LinkedHashMap<>();
    private int grades;
    private int verdicts;

    /** Adds one grade run and returns how many of its verdicts were wrong. */
    int add(int round, String seed, String submission, GradeReport report) {
        grades++;
        int before = wrong.size();
        for (ExerciseReport exercise : report.exercises()) {
            for (CheckReport check : exercise.checks()) {
                verdicts++;
                boolean expected = submission.equals(SOLUTIONS) || check.kind() == Kind.CORRECTNESS;
                if (exercise.status() != Status.GRADED || check.passed() != expected) {
                    WrongVerdict verdict = new WrongVerdict(round, seed, submission, exercise.id(), check.id(),
                            check.kind().id(), check.passed(), exercise.status() != Status.GRADED
                            ? exercise.feedback() : check.feedback());
                    boolean failedClosed = check.status() == CheckStatus.NOT_RUN
                            && Boolean.TRUE.equals(check.measurements().get(Evidence.FAILED_CLOSED));
                    (failedClosed ? notJudged : wrong).add(verdict);
                }
                if (check.kind() == Kind.SPEEDUP) {
                    addRatios(exercise.id() + " " + check.id(), submission, check.measurements());
                }
            }
        }
        return wrong.size() - before;
    }

    private void addRatios(String check, String submission, Map<String, Object> measurements) {
        Map<String, Ratios> byColumn = ratios.computeIfAbsent(check, c -> new LinkedHashMap<>());
        byColumn.computeIfAbsent(submission, s -> new Ratios()).add(measurements.get("speedup"));
        byColumn.computeIfAbsent("reference", s -> new Ratios()).add(measurements.get("reference_speedup"));
        if ("evidence".equals(measurements.get("graded_on"))) {
            onEvidence.merge(check, 1, Integer::sum);
        } else {
            byColumn.computeIfAbsent("required " + submission, s -> new Ratios()).add(measurements.get("required_speedup"));
        }
    }

    /** The wrong verdicts of one round, to print as the round ends rather than only in the summary. */
    List<WrongVerdict> wrongIn(int round) {
        return wrong.stream().filter(verdict -> verdict.round() == round).toList();
    }

    /** The checks of one round that failed closed: the machine was too busy to judge them. */
    List<WrongVerdict> notJudgedIn(int round) {
        return notJudged.stream().filter(verdict -> verdict.round() == round).toList();
    }

    int wrongCount() {
        return wrong.size();
    }

    void print(PrintStream out) {
        out.printf("%nRuns: %d grade runs, %d verdicts%n", grades, verdicts);
        out.printf("Wrong verdicts: %d%n", wrong.size());
        wrong.forEach(verdict -> out.println("  " + verdict.line()));
        out.printf("Not judged (a timed check failed closed: the machine was too busy to judge it): %d%n",
                notJudged.size());
        notJudged.forEach(verdict -> out.println("  " + verdict.line()));
        out.println();
        out.println("Speedup checks, measured ratio min / median / max (reference: the kit's own concurrent or"
                + " parallel version in the same rounds):");
        String format = "  %-58s %-20s %-20s %-20s %-20s %s%n";
        out.printf(format, "check", "solutions", "starters", "reference", "required (solutions)",
                "graded on evidence");
        ratios.forEach((check, columns) -> out.printf(format, check, summary(columns, SOLUTIONS),
                summary(columns, STARTERS), summary(columns, "reference"), summary(columns, "required " + SOLUTIONS),
                onEvidence.getOrDefault(check, 0) + " of " + countOf(columns) + " grade runs"));
    }

    private static String summary(Map<String, Ratios> columns, String column) {
        Ratios values = columns.get(column);
        return values == null ? "-" : values.summary();
    }

    private static int countOf(Map<String, Ratios> columns) {
        return columns.get("reference").count();
    }
}
