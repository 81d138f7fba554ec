package dev.overlap.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What became of one check. Only {@link #PASSED} earns its points. */
public enum CheckStatus {
    /** The check ran and its assertions held. */
    PASSED,
    /** The check ran and found a mistake (or, failing closed, could not judge). */
    FAILED,
    /**
     * The check did not run: a check it waits for did not pass, or the exercise could not be graded at all. It
     * scores zero and says why, and it is not a verdict on the code it would have judged.
     */
    NOT_RUN;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
