package dev.overlap.check;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a check grades; the self-check expects starters to pass only {@link #CORRECTNESS}. */
public enum Kind {
    /** The answer is right: every piece of work done once, results complete and in order. */
    CORRECTNESS,
    /** Deterministic evidence that work overlapped: calls in flight, thread kinds, worker counts. */
    CONCURRENCY,
    /** Wall time against a baseline measured in the same run. */
    SPEEDUP,
    /** The shape of the code, checked statically (ArchUnit rules). */
    STRUCTURE,
    /** Answers to concept questions. */
    QUIZ;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
