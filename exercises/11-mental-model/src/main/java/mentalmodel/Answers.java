package mentalmodel;

/**
 * Your answers. Replace each {@code UNANSWERED} with the option you believe, then run the checks: a
 * wrong answer gets a hint, not the answer. The questions are numbered as in the README, which has more
 * to say about each.
 *
 * <p>Some questions ask for a prediction. The grader then runs the experiment on your machine and shows
 * what it measured next to your answer, so predict first.
 */
public final class Answers {

    // Part 1. Parallel or not? For each scene, how do its tasks run?

    /** 1. One cashier serves two lines of customers, taking someone from either line in turn. */
    public static final Scene ONE_CASHIER_TWO_LINES = Scene.UNANSWERED;

    /** 2. At the swimming pool, a row of shower stalls, each with someone showering. */
    public static final Scene SHOWER_STALLS_AT_THE_POOL = Scene.UNANSWERED;

    /** 3. Three friends share one cup of cocoa, passing it round a sip at a time until all have had enough. */
    public static final Scene FRIENDS_SHARING_ONE_CUP = Scene.UNANSWERED;

    /** 4. One cook minds three pots on the stove, stirring whichever needs it. */
    public static final Scene ONE_COOK_THREE_POTS = Scene.UNANSWERED;

    /** 5. A supermarket with four open checkout lanes, each with a cashier of its own. */
    public static final Scene FOUR_CHECKOUT_LANES = Scene.UNANSWERED;

    /** 6. You read a novel to the last page before you open the next one. */
    public static final Scene ONE_NOVEL_AFTER_ANOTHER = Scene.UNANSWERED;

    // Part 2. Waiting. Task A waits 3 s, task B 1 s, task C 2 s (each a sleep standing for a network call).

    /** 7. Predict: all three start together, each on its own virtual thread. How long until all are done? */
    public static final Estimate THREE_WAITS_TOGETHER = Estimate.UNANSWERED;

    /** 8. Why is that? */
    public static final Because WHY_THE_WAITS_OVERLAP = Because.UNANSWERED;

    // Part 3. Computing. Four tasks each do 5 s of arithmetic and never wait.

    /** 9. Predict: one thread switches between the four, a slice of each in turn, like an event loop. How long? */
    public static final Estimate FOUR_SUMS_ON_ONE_THREAD = Estimate.UNANSWERED;

    /** 10. Why does switching on one thread, which saved so much in part 2, save nothing here? */
    public static final Because WHY_ONE_THREAD_SAVES_NOTHING = Because.UNANSWERED;

    // Part 4. Java without a GIL.

    /**
     * 11. Python's threads compute one at a time (the GIL). What do four Java platform threads that only
     * compute do on a machine with four cores?
     */
    public static final CoreUse JAVA_THREADS_THAT_COMPUTE = CoreUse.UNANSWERED;

    /** 12. Predict: tasks that only compute, twice as many as the cores, on virtual threads versus platform threads. */
    public static final Comparison VIRTUAL_THREADS_FOR_COMPUTING = Comparison.UNANSWERED;

    /** 13. Predict: eight calls that each wait 30 ms, run through a parallel stream. How many are in flight at once? */
    public static final InFlight WAITS_IN_A_PARALLEL_STREAM = InFlight.UNANSWERED;

    // Part 5. The right tool.

    /** 14. Fetch 200 records from a slow web service. */
    public static final Tool TOOL_FOR_200_WEB_CALLS = Tool.UNANSWERED;

    /** 15. Resize 200 photos already in memory: pure arithmetic on pixels. */
    public static final Tool TOOL_FOR_200_PHOTO_RESIZES = Tool.UNANSWERED;

    private Answers() {
    }
}
