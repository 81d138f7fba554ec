package mentalmodel;

/** The tool for a job. */
public enum Tool {
    UNANSWERED,
    /** A plain loop on one thread. */
    ONE_THREAD,
    /** A virtual thread per task. */
    VIRTUAL_THREADS,
    /** A parallel stream, which splits the work across a pool sized to the cores. */
    PARALLEL_STREAM
}
