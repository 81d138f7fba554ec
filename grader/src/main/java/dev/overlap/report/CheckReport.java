package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.overlap.check.CheckStatus;
import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import java.util.Map;

/**
 * The verdict of one check: passed, failed, or not run (and why, in its feedback). {@code passed} is written beside
 * the status for readers that only ask whether the points were earned.
 */
public record CheckReport(String id, String name, int task, Kind kind, Visibility visibility, CheckStatus status,
                          int score, @JsonProperty("max_score") int maxScore, String feedback,
                          Map<String, Object> measurements) {

    @JsonProperty(value = "passed", access = JsonProperty.Access.READ_ONLY)
    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    public boolean ran() {
        return status != CheckStatus.NOT_RUN;
    }
}
