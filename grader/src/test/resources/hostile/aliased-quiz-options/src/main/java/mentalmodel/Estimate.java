package mentalmodel;

/** One real option, a wrong estimate for every question; the other estimates are aliases of it. */
public enum Estimate {
    UNANSWERED,
    ABOUT_1_S;

    public static final Estimate ABOUT_2_S = ABOUT_1_S;
    public static final Estimate ABOUT_3_S = ABOUT_1_S;
    public static final Estimate ABOUT_5_S = ABOUT_1_S;
    public static final Estimate ABOUT_6_S = ABOUT_1_S;
    public static final Estimate ABOUT_10_S = ABOUT_1_S;
    public static final Estimate ABOUT_20_S = ABOUT_1_S;
}
