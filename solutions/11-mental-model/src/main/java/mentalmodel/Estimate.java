package mentalmodel;

/** A prediction of how long something takes, in seconds. */
public enum Estimate {
    UNANSWERED,
    ABOUT_1_S,
    ABOUT_2_S,
    ABOUT_3_S,
    ABOUT_5_S,
    ABOUT_6_S,
    ABOUT_10_S,
    ABOUT_20_S
}
