package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far grading of one exercise got. Anything but {@link #GRADED} scores zero. */
public enum Status {
    /** The checks ran; each scored on its own. */
    GRADED,
    /** The exercise's folder or sources were not there. */
    MISSING,
    /** The sources did not compile. */
    COMPILE_ERROR,
    /** A class or method the checks call was renamed, removed or given another signature. */
    SIGNATURE_CHANGED,
    /** The checks did not finish within the exercise's time limit (a hang, a deadlock, an endless loop). */
    TIMEOUT,
    /** The checks' JVM ended early: System.exit, out of memory, too many threads, a crash. */
    CRASHED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
