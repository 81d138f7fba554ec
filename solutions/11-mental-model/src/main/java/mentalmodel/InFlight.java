package mentalmodel;

/** How many calls are in progress at the same moment. */
public enum InFlight {
    UNANSWERED,
    /** One call at a time. */
    ONE,
    /** About as many as the machine has cores. */
    ABOUT_AS_MANY_AS_CORES,
    /** All of them. */
    ALL_OF_THEM
}
