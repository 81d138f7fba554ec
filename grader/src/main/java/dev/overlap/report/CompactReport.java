package dev.overlap.report;

import dev.overlap.check.CheckStatus;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One exercise's grade in a few lines, for a learner who grades on every save: the score, the first check to fix
 * with its whole feedback, and a line for each other check. An exercise that was not graded (it did not compile,
 * it hung, it broke a rule) shows what happened instead, the compiler's messages included.
 */
public final class CompactReport {

    private CompactReport() {
    }

    public static void print(ExerciseReport exercise, PrintStream out, int width) {
        String status = exercise.status() == Status.GRADED ? "" : " (" + exercise.status().id().replace('_', ' ') + ")";
        out.printf(Locale.ROOT, "%s: %d/%d%s in %.1f s (checks %.1f s)%n", exercise.id(), exercise.score(),
                exercise.maxScore(), status, exercise.durationMs() / 1000.0, exercise.checksMs() / 1000.0);
        if (exercise.status() != Status.GRADED) {
            Terminal.wrap(exercise.feedback(), width, "  ").forEach(out::println);
            return;
        }
        Optional<CheckReport> first = exercise.checks().stream()
                .filter(check -> check.status() == CheckStatus.FAILED).findFirst();
        first.ifPresent(check -> {
            Terminal.wrap("Fix first: " + check.name() + " (" + check.maxScore() + " points)", width, "  ")
                    .forEach(out::println);
            Terminal.wrap(check.feedback(), width, "  ").forEach(out::println);
        });
        for (CheckReport check : exercise.checks()) {
            if (first.isEmpty() || check != first.get()) {
                String lead = String.format("  %-7s ", mark(check));
                List<String> name = Terminal.wrap(check.name() + "  " + check.score() + "/" + check.maxScore(),
                        width, " ".repeat(lead.length()));
                out.println(lead + name.getFirst().strip());
                name.stream().skip(1).forEach(out::println);
            }
        }
        if (first.isEmpty() && exercise.score() == exercise.maxScore()) {
            out.println("  Full marks: this exercise is done.");
        }
    }

    private static String mark(CheckReport check) {
        return switch (check.status()) {
            case PASSED -> "pass";
            case FAILED -> "FAIL";
            case NOT_RUN -> "not run";
        };
    }
}
