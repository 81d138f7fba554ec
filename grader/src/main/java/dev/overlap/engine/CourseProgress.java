package dev.overlap.engine;

import dev.overlap.report.ExerciseProgress;
import dev.overlap.report.ExerciseProgress.Score;
import dev.overlap.report.ExerciseProgress.State;
import dev.overlap.report.GradeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a learner stands in the course, read from the exercises' sources and the last grades kept, without grading:
 * an exercise whose sources are still its starter's is not started; one whose last grade was full marks, for the
 * sources it has now, is done; any other is in progress.
 */
final class CourseProgress {

    private final Map<String, String> starters;
    private final LastGrades lastGrades;
    private final List<ExerciseSpec> exercises;

    CourseProgress(Map<String, String> starters, LastGrades lastGrades, List<ExerciseSpec> exercises) {
        this.starters = starters;
        this.lastGrades = lastGrades;
        this.exercises = exercises;
    }

    /** The course of the kit's exercises, from the last grades kept in the reports folder {@code reports}. */
    static CourseProgress of(Path reports, List<ExerciseSpec> exercises) {
        return new CourseProgress(StarterPrints.load(), new LastGrades(reports), exercises);
    }

    /** Keeps the grade of each exercise of {@code report}, with the print of the sources it graded. */
    void keep(GradeReport report, Path submission) throws IOException {
        lastGrades.keep(report, submission);
    }

    /** Every exercise that the submission has a folder for, in the catalog's order. */
    List<ExerciseProgress> of(Path submission) {
        return exercises.stream().filter(exercise -> Files.isDirectory(submission.resolve(exercise.id())))
                .map(exercise -> of(exercise, Sources.print(submission.resolve(exercise.id()).resolve(Sources.JAVA))))
                .toList();
    }

    private ExerciseProgress of(ExerciseSpec exercise, String print) {
        Optional<LastGrades.Kept> kept = lastGrades.of(exercise.id());
        Optional<Score> last = kept.map(grade -> new Score(grade.report().score(), grade.report().maxScore()));
        boolean changedSince = kept.isPresent() && !kept.get().sources().equals(print);
        State state;
        if (print.equals(starters.get(exercise.id()))) {
            state = State.NOT_STARTED;
        } else if (kept.isPresent() && !changedSince && last.get().score() == last.get().maxScore()) {
            state = State.DONE;
        } else {
            state = State.IN_PROGRESS;
        }
        return new ExerciseProgress(exercise.id(), exercise.title(), state,
                state == State.NOT_STARTED ? Optional.empty() : last, changedSince);
    }
}
