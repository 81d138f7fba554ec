package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The grade of a whole submission, as written to {@code grade.json}.
 *
 * @param sandbox     the operating-system boundary the submission's code ran in: {@code bubblewrap}, {@code user}
 *                    or {@code none}
 * @param sandboxNote that boundary in one sentence, or why there was none
 */
public record GradeReport(int score, @JsonProperty("max_score") int maxScore, String submission,
                          @JsonProperty("graded_at") String gradedAt, @JsonProperty("duration_ms") long durationMs,
                          Machine machine, String sandbox, @JsonProperty("sandbox_note") String sandboxNote,
                          List<ExerciseReport> exercises) {

    /** Where the figures came from: timings mean little without the cores and JDK they were taken on. */
    public record Machine(int cores, String jdk, String os) {

        public static Machine current() {
            return new Machine(Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
                    + Runtime.version(), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
    }

    public double percent() {
        return maxScore == 0 ? 0 : 100.0 * score / maxScore;
    }
}
