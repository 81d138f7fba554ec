package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The grade of one exercise of a submission.
 *
 * @param durationMs how long grading it took, compiling included
 * @param checksMs   how long its checks ran, from the first one's start to the last one's end (0 when none ran):
 *                   the rest of {@code durationMs} is the kit's own work
 */
public record ExerciseReport(String id, String title, Status status, int score,
                             @JsonProperty("max_score") int maxScore, String feedback,
                             @JsonProperty("duration_ms") long durationMs, @JsonProperty("checks_ms") long checksMs,
                             String output, List<CheckReport> checks) {
}
