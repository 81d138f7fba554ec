package dev.overlap.isolate;

/** Exit codes of the checks' JVM that the grading JVM tells apart. */
final class ExitCodes {
    /** Set by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY = 3;
    static final int THREAD_LIMIT = 97;

    private ExitCodes() {
    }
}
