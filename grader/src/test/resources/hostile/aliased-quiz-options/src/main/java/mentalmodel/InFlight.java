package mentalmodel;

/** One real option, the wrong one; the others are aliases of it. */
public enum InFlight {
    UNANSWERED,
    ONE;

    public static final InFlight ABOUT_AS_MANY_AS_CORES = ONE;
    public static final InFlight ALL_OF_THEM = ONE;
}
