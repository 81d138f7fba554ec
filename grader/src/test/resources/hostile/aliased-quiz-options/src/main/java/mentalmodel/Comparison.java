package mentalmodel;

/** One real option, the wrong one; the others are aliases of it. */
public enum Comparison {
    UNANSWERED,
    VIRTUAL_THREADS_MUCH_FASTER;

    public static final Comparison ABOUT_THE_SAME = VIRTUAL_THREADS_MUCH_FASTER;
    public static final Comparison PLATFORM_THREADS_MUCH_FASTER = VIRTUAL_THREADS_MUCH_FASTER;
}
