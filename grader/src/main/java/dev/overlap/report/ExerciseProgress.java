package dev.overlap.report;

import java.util.List;
import java.util.Optional;

/**
 * Where a learner stands on one exercise, from its sources and its last grade: untouched, worked on, or done at
 * full marks with the sources it was graded on.
 *
 * @param lastGrade the score and maximum of the last grade kept for it, if it was ever graded
 * @param changedSince whether its sources changed after that grade, so the grade may no longer hold
 */
public record ExerciseProgress(String id, String title, State state, Optional<Score> lastGrade,
                               boolean changedSince) {

    /** The exercise to work on next: the first in progress, else the first not started; none when all are done. */
    public static Optional<ExerciseProgress> next(List<ExerciseProgress> course) {
        return course.stream().filter(exercise -> exercise.state() == State.IN_PROGRESS).findFirst()
                .or(() -> course.stream().filter(exercise -> exercise.state() == State.NOT_STARTED).findFirst());
    }

    public enum State {
        NOT_STARTED("not started"),
        IN_PROGRESS("in progress"),
        DONE("done");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public record Score(int score, int maxScore) {
        @Override
        public String toString() {
            return score + "/" + maxScore;
        }
    }
}
