package mentalmodel;

import static mentalmodel.Because.COMPUTING_LEAVES_NO_IDLE_TIME;
import static mentalmodel.Because.WAITING_NEEDS_NO_PROCESSOR;
import static mentalmodel.Comparison.ABOUT_THE_SAME;
import static mentalmodel.CoreUse.USE_ALL_CORES_AT_ONCE;
import static mentalmodel.Estimate.ABOUT_20_S;
import static mentalmodel.Estimate.ABOUT_3_S;
import static mentalmodel.InFlight.ABOUT_AS_MANY_AS_CORES;
import static mentalmodel.Scene.CONCURRENT;
import static mentalmodel.Scene.PARALLEL;
import static mentalmodel.Scene.SEQUENTIAL;
import static mentalmodel.Tool.PARALLEL_STREAM;
import static mentalmodel.Tool.VIRTUAL_THREADS;

/**
 * My answers. For each scene I asked two things: how many tasks are in progress at once, and how many are
 * being worked on at the same instant.
 */
public final class Answers {

    // Part 1. Parallel or not?

    // Two lines in progress, one cashier serving one customer at any instant.
    public static final Scene ONE_CASHIER_TWO_LINES = CONCURRENT;
    // Every stall runs water at the same instant.
    public static final Scene SHOWER_STALLS_AT_THE_POOL = PARALLEL;
    // Three drinks in progress, one cup: one sip at a time.
    public static final Scene FRIENDS_SHARING_ONE_CUP = CONCURRENT;
    // Three pots on the stove, one pair of hands to stir them.
    public static final Scene ONE_COOK_THREE_POTS = CONCURRENT;
    // Four cashiers scanning at the same instant.
    public static final Scene FOUR_CHECKOUT_LANES = PARALLEL;
    // The next novel starts only when the last one is finished.
    public static final Scene ONE_NOVEL_AFTER_ANOTHER = SEQUENTIAL;

    // Part 2. Waiting: 3 s, 1 s and 2 s, started together.

    // The waits overlap, so the longest one decides.
    public static final Estimate THREE_WAITS_TOGETHER = ABOUT_3_S;
    // A sleeping thread leaves the core to the others.
    public static final Because WHY_THE_WAITS_OVERLAP = WAITING_NEEDS_NO_PROCESSOR;

    // Part 3. Computing: four tasks of 5 s on one thread.

    // One slice at a time: 4 x 5 s, however they are interleaved.
    public static final Estimate FOUR_SUMS_ON_ONE_THREAD = ABOUT_20_S;
    // Switching fills idle time, and arithmetic has none.
    public static final Because WHY_ONE_THREAD_SAVES_NOTHING = COMPUTING_LEAVES_NO_IDLE_TIME;

    // Part 4. Java without a GIL.

    // No global lock: each platform thread computes on a core of its own.
    public static final CoreUse JAVA_THREADS_THAT_COMPUTE = USE_ALL_CORES_AT_ONCE;
    // Virtual threads run on one carrier per core; the cores do the work either way.
    public static final Comparison VIRTUAL_THREADS_FOR_COMPUTING = ABOUT_THE_SAME;
    // A parallel stream has about one worker per core, and a waiting call holds its worker.
    public static final InFlight WAITS_IN_A_PARALLEL_STREAM = ABOUT_AS_MANY_AS_CORES;

    // Part 5. The right tool.

    // Waiting: overlap the waits, a virtual thread each.
    public static final Tool TOOL_FOR_200_WEB_CALLS = VIRTUAL_THREADS;
    // Computing: spread the work over the cores.
    public static final Tool TOOL_FOR_200_PHOTO_RESIZES = PARALLEL_STREAM;

    private Answers() {
    }
}
