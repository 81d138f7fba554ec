package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The grade of one exercise of a submission. */
public record ExerciseReport(String id, String title, Status status, int score,
                             @JsonProperty("max_score") int maxScore, String feedback,
                             @JsonProperty("duration_ms") long durationMs, String output,
                             List<CheckReport> checks) {
}
