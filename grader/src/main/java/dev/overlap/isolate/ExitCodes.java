package dev.overlap.isolate;

/** Exit codes of the checks' JVM that the grading JVM tells apart. */
final class ExitCodes {
    /** Set by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OUT_OF_MEMORY = 3;
    /** The JVM stopped itself: the code went past its platform threads or its output. */
    static final int LIMIT = 97;
    /** The JVM stopped itself after a stack overflow or another error of the JVM in a check. */
    static final int BROKE_DOWN = 98;
    /** The checks could not start at all. */
    static final int SETUP_FAILED = 99;

    private ExitCodes() {
    }
}
