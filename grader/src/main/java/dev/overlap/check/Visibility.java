package dev.overlap.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Who sees a check, with the meanings of Gradescope's {@code visibility}. A learner's own grade run
 * shows only {@link #VISIBLE} checks; an instructor's run shows all, each marked.
 */
public enum Visibility {
    VISIBLE,
    HIDDEN,
    AFTER_DUE_DATE,
    AFTER_PUBLISHED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
