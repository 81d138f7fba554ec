package mentalmodel;

/** Which of two ways finishes first. */
public enum Comparison {
    UNANSWERED,
    /** The virtual threads finish in well under the time of the platform threads. */
    VIRTUAL_THREADS_MUCH_FASTER,
    /** Both take about as long. */
    ABOUT_THE_SAME,
    /** The platform threads finish in well under the time of the virtual threads. */
    PLATFORM_THREADS_MUCH_FASTER
}
