package mentalmodel;

/** One real option, wrong for both questions; the others are aliases of it. */
public enum Tool {
    UNANSWERED,
    ONE_THREAD;

    public static final Tool VIRTUAL_THREADS = ONE_THREAD;
    public static final Tool PARALLEL_STREAM = ONE_THREAD;
}
