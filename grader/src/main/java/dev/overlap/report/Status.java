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
    /**
     * The compiled code breaks a rule that keeps grading fair (reflection, Unsafe, processes, files,
     * sockets, System.exit, the grader's own classes), so its checks were not run.
     */
    RULE_VIOLATION,
    /** The checks did not finish within the exercise's time limit (a hang, a deadlock, an endless loop). */
    TIMEOUT,
    /** The code went past a limit of the exercise: its heap, its platform threads or the output it may print. */
    LIMIT_EXCEEDED,
    /** The checks' JVM ended early or broke down: System.exit, Runtime.halt, a stack overflow, a crash. */
    CRASHED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
