package dev.overlap.report;

import dev.overlap.report.ExerciseProgress.State;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The course overview for a terminal: a line per exercise with where it stands, then what to do next. */
public final class ProgressTable {

    private ProgressTable() {
    }

    public static void print(List<ExerciseProgress> course, Optional<ExerciseProgress> next, PrintStream out,
                             int width) {
        long done = course.stream().filter(exercise -> exercise.state() == State.DONE).count();
        out.printf("Your progress: %d of %d exercise(s) done%n", done, course.size());
        int idWidth = course.stream().mapToInt(exercise -> exercise.id().length()).max().orElse(0);
        for (ExerciseProgress exercise : course) {
            String last = exercise.lastGrade().map(score -> "last graded " + score
                    + (exercise.changedSince() ? ", changed since" : "")).orElse(
                    exercise.state() == State.IN_PROGRESS ? "not graded yet" : "");
            // A row is short (an id, a state, a score): it is never wrapped, so the columns stay aligned.
            out.println(String.format("  %-" + idWidth + "s  %-11s  %s", exercise.id(), exercise.state().words(),
                    last).stripTrailing());
        }
        out.println();
        String advice = next.map(exercise -> "Next: " + exercise.id() + " (" + exercise.title() + "). Grade it with"
                        + " ./mvnw -q -Pgrade verify -Dexercise=" + exercise.id()
                        + ", or let -Dgrade.watch grade it on every save.")
                .orElse("Every exercise is done at full marks.");
        Terminal.wrap(advice, width, "").forEach(out::println);
    }
}
