package dev.overlap.report;

import dev.overlap.check.Visibility;
import java.util.List;

/**
 * Who a report is for. A learner sees only the visible checks and the score they add up to; an
 * instructor (a class's grade run, the Gradescope autograder) sees every check with its visibility.
 */
public enum Audience {
    LEARNER,
    INSTRUCTOR;

    public GradeReport view(GradeReport full) {
        if (this == INSTRUCTOR) {
            return full;
        }
        List<ExerciseReport> exercises = full.exercises().stream().map(Audience::visibleOnly).toList();
        return new GradeReport(exercises.stream().mapToInt(ExerciseReport::score).sum(),
                exercises.stream().mapToInt(ExerciseReport::maxScore).sum(), full.submission(), full.gradedAt(),
                full.durationMs(), full.machine(), full.sandbox(), full.sandboxNote(), exercises);
    }

    private static ExerciseReport visibleOnly(ExerciseReport exercise) {
        List<CheckReport> checks = exercise.checks().stream()
                .filter(check -> check.visibility() == Visibility.VISIBLE).toList();
        return new ExerciseReport(exercise.id(), exercise.title(), exercise.status(),
                checks.stream().mapToInt(CheckReport::score).sum(), checks.stream().mapToInt(CheckReport::maxScore).sum(),
                exercise.feedback(), exercise.durationMs(), exercise.checksMs(),
                exercise.output(), checks);
    }
}
