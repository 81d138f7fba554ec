package mentalmodel;

/**
 * The answers, each with its reason. The grader also runs the experiments behind questions 7, 9, 11, 12
 * and 13 and reports what it measured next to them.
 */
public final class Answers {

    // Part 1. Parallel or not? For each scene, how do its tasks run?

    /**
     * 1. One cashier serves two lines of customers, taking someone from either line in turn.
     * Why: Two customers are in progress, one is served at any instant.
     */
    public static final Scene ONE_CASHIER_TWO_LINES = Scene.CONCURRENT;

    /**
     * 2. At the swimming pool, a row of shower stalls, each with someone showering.
     * Why (the mistake): everyone showers at the same time, and that is what concurrent means in everyday English.
     */
    public static final Scene SHOWER_STALLS_AT_THE_POOL = Scene.CONCURRENT;

    /**
     * 3. Three friends share one cup of cocoa, passing it round a sip at a time until all have had enough.
     * Why: Three drinks in progress, one cup: only one sip happens at any instant.
     */
    public static final Scene FRIENDS_SHARING_ONE_CUP = Scene.CONCURRENT;

    /**
     * 4. One cook minds three pots on the stove, stirring whichever needs it.
     * Why: The pots simmer on their own; the cook stirs one at a time.
     */
    public static final Scene ONE_COOK_THREE_POTS = Scene.CONCURRENT;

    /**
     * 5. A supermarket with four open checkout lanes, each with a cashier of its own.
     * Why (the mistake): four customers pay at the same time, so the lanes run concurrently.
     */
    public static final Scene FOUR_CHECKOUT_LANES = Scene.CONCURRENT;

    /**
     * 6. You read a novel to the last page before you open the next one.
     * Why: The next one begins only when the last one is finished.
     */
    public static final Scene ONE_NOVEL_AFTER_ANOTHER = Scene.SEQUENTIAL;

    // Part 2. Waiting. Task A waits 3 s, task B 1 s, task C 2 s (each a sleep standing for a network call).

    /**
     * 7. Predict: all three start together, each on its own virtual thread. How long until all are done?
     * Why: The waits overlap, so the run lasts as long as the longest one.
     */
    public static final Estimate THREE_WAITS_TOGETHER = Estimate.ABOUT_3_S;

    /**
     * 8. Why is that?
     * Why: A sleeping or waiting thread leaves the processor to the others, even on one core.
     */
    public static final Because WHY_THE_WAITS_OVERLAP = Because.WAITING_NEEDS_NO_PROCESSOR;

    // Part 3. Computing. Four tasks each do 5 s of arithmetic and never wait.

    /**
     * 9. Predict: one thread switches between the four, a slice of each in turn, like an event loop. How long?
     * Why: One thread computes one slice at a time: 4 x 5 s, however the slices are interleaved.
     */
    public static final Estimate FOUR_SUMS_ON_ONE_THREAD = Estimate.ABOUT_20_S;

    /**
     * 10. Why does switching on one thread, which saved so much in part 2, save nothing here?
     * Why: Switching pays off by filling idle time, and arithmetic has none.
     */
    public static final Because WHY_ONE_THREAD_SAVES_NOTHING = Because.COMPUTING_LEAVES_NO_IDLE_TIME;

    // Part 4. Java without a GIL.

    /**
     * 11. Python's threads compute one at a time (the GIL). What do four Java platform threads that only
     * compute do on a machine with four cores?
     * Why: The JVM has no global lock: each platform thread gets a core of its own.
     */
    public static final CoreUse JAVA_THREADS_THAT_COMPUTE = CoreUse.USE_ALL_CORES_AT_ONCE;

    /**
     * 12. Predict: tasks that only compute, twice as many as the cores, on virtual threads versus platform threads.
     * Why: Virtual threads run on a carrier pool as large as the cores; the cores do the work either way.
     */
    public static final Comparison VIRTUAL_THREADS_FOR_COMPUTING = Comparison.ABOUT_THE_SAME;

    /**
     * 13. Predict: eight calls that each wait 30 ms, run through a parallel stream. How many are in flight at once?
     * Why: A parallel stream runs on the common pool, sized to the cores, and a waiting task holds its worker.
     */
    public static final InFlight WAITS_IN_A_PARALLEL_STREAM = InFlight.ABOUT_AS_MANY_AS_CORES;

    // Part 5. The right tool.

    /**
     * 14. Fetch 200 records from a slow web service.
     * Why: The calls wait; 200 virtual threads wait together for the price of one.
     */
    public static final Tool TOOL_FOR_200_WEB_CALLS = Tool.VIRTUAL_THREADS;

    /**
     * 15. Resize 200 photos already in memory: pure arithmetic on pixels.
     * Why: The work computes; splitting it across the cores is what makes it faster.
     */
    public static final Tool TOOL_FOR_200_PHOTO_RESIZES = Tool.PARALLEL_STREAM;

    private Answers() {
    }
}
