package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import java.util.Map;

/** The verdict of one check. */
public record CheckReport(String id, String name, Kind kind, Visibility visibility, boolean passed, int score,
                          @JsonProperty("max_score") int maxScore, String feedback,
                          Map<String, Object> measurements) {
}
