package dev.overlap.report;

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
