package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.overlap.check.CheckStatus;
import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import java.util.List;
import java.util.Map;

/**
 * The verdict of one check: passed, failed, or not run (and why, in its feedback). {@code passed} is written beside
 * the status for readers that only ask whether the points were earned. A failed check names the mistakes it
 * recognised in {@code findings}, by their codes (see {@link dev.overlap.evidence.Finding}).
 */
public record CheckReport(String id, String name, int task, Kind kind, Visibility visibility, CheckStatus status,
                          int score, @JsonProperty("max_score") int maxScore, String feedback,
                          Map<String, Object> measurements, List<String> findings) {

    /** A grade.json written before checks named their findings reads as one without any. */
    public CheckReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** A check that named no mistake: it passed, did not run, or failed on something no finding names. */
    public CheckReport(String id, String name, int task, Kind kind, Visibility visibility, CheckStatus status,
                       int score, int maxScore, String feedback, Map<String, Object> measurements) {
        this(id, name, task, kind, visibility, status, score, maxScore, feedback, measurements, List.of());
    }

    @JsonProperty(value = "passed", access = JsonProperty.Access.READ_ONLY)
    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    public boolean ran() {
        return status != CheckStatus.NOT_RUN;
    }
}
