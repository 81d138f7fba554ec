package mentalmodel;

/**
 * My answers, declared first and decided below, in a static initializer where each one follows its reasoning.
 */
public final class Answers {

    public static final Scene ONE_CASHIER_TWO_LINES;
    public static final Scene SHOWER_STALLS_AT_THE_POOL;
    public static final Scene FRIENDS_SHARING_ONE_CUP;
    public static final Scene ONE_COOK_THREE_POTS;
    public static final Scene FOUR_CHECKOUT_LANES;
    public static final Scene ONE_NOVEL_AFTER_ANOTHER;
    public static final Estimate THREE_WAITS_TOGETHER;
    public static final Because WHY_THE_WAITS_OVERLAP;
    public static final Estimate FOUR_SUMS_ON_ONE_THREAD;
    public static final Because WHY_ONE_THREAD_SAVES_NOTHING;
    public static final CoreUse JAVA_THREADS_THAT_COMPUTE;
    public static final Comparison VIRTUAL_THREADS_FOR_COMPUTING;
    public static final InFlight WAITS_IN_A_PARALLEL_STREAM;
    public static final Tool TOOL_FOR_200_WEB_CALLS;
    public static final Tool TOOL_FOR_200_PHOTO_RESIZES;

    static {
        // Part 1. One worker switching between tasks in progress is concurrent; several workers at the same
        // instant is parallel; finishing one before starting the next is sequential.
        ONE_CASHIER_TWO_LINES = Scene.CONCURRENT;
        SHOWER_STALLS_AT_THE_POOL = Scene.PARALLEL;
        FRIENDS_SHARING_ONE_CUP = Scene.CONCURRENT;
        ONE_COOK_THREE_POTS = Scene.CONCURRENT;
        FOUR_CHECKOUT_LANES = Scene.PARALLEL;
        ONE_NOVEL_AFTER_ANOTHER = Scene.SEQUENTIAL;

        // Part 2. Waits started together overlap, since a waiting thread holds no core: the longest, 3 s, decides.
        THREE_WAITS_TOGETHER = Estimate.ABOUT_3_S;
        WHY_THE_WAITS_OVERLAP = Because.WAITING_NEEDS_NO_PROCESSOR;

        // Part 3. Arithmetic never waits, so one thread has no idle time to fill: 4 x 5 s, however interleaved.
        FOUR_SUMS_ON_ONE_THREAD = Estimate.ABOUT_20_S;
        WHY_ONE_THREAD_SAVES_NOTHING = Because.COMPUTING_LEAVES_NO_IDLE_TIME;

        // Part 4. The JVM has no global lock. Virtual threads run on carriers, one per core, so for computing
        // they go as fast as platform threads and no faster; a parallel stream has about one worker per core,
        // and a waiting call holds its worker.
        JAVA_THREADS_THAT_COMPUTE = CoreUse.USE_ALL_CORES_AT_ONCE;
        VIRTUAL_THREADS_FOR_COMPUTING = Comparison.ABOUT_THE_SAME;
        WAITS_IN_A_PARALLEL_STREAM = InFlight.ABOUT_AS_MANY_AS_CORES;

        // Part 5. Waiting wants more in flight; computing wants more cores.
        TOOL_FOR_200_WEB_CALLS = Tool.VIRTUAL_THREADS;
        TOOL_FOR_200_PHOTO_RESIZES = Tool.PARALLEL_STREAM;
    }

    private Answers() {
    }
}
