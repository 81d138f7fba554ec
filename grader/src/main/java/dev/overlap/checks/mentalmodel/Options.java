package dev.overlap.checks.mentalmodel;

/**
 * The quiz's options by name, as the starter's enums declare them. The checks compare each answer's name with
 * these strings of the kit, never with the submission's enum objects, which the submission declares and could
 * alias (see {@link dev.overlap.quiz.AnswerAssert}); the enums themselves must keep exactly the starter's
 * constants, or the exercise is not graded ({@link dev.overlap.isolate.Signatures}).
 */
final class Options {

    // Scene
    static final String SEQUENTIAL = "SEQUENTIAL";
    static final String CONCURRENT = "CONCURRENT";
    static final String PARALLEL = "PARALLEL";

    // Estimate
    static final String ABOUT_1_S = "ABOUT_1_S";
    static final String ABOUT_2_S = "ABOUT_2_S";
    static final String ABOUT_3_S = "ABOUT_3_S";
    static final String ABOUT_5_S = "ABOUT_5_S";
    static final String ABOUT_6_S = "ABOUT_6_S";
    static final String ABOUT_10_S = "ABOUT_10_S";
    static final String ABOUT_20_S = "ABOUT_20_S";

    // Because
    static final String THERE_ARE_ENOUGH_CORES = "THERE_ARE_ENOUGH_CORES";
    static final String WAITING_NEEDS_NO_PROCESSOR = "WAITING_NEEDS_NO_PROCESSOR";
    static final String THE_RUNTIME_SHORTENS_WAITS = "THE_RUNTIME_SHORTENS_WAITS";
    static final String COMPUTING_LEAVES_NO_IDLE_TIME = "COMPUTING_LEAVES_NO_IDLE_TIME";
    static final String SWITCHING_COSTS_TOO_MUCH = "SWITCHING_COSTS_TOO_MUCH";

    // CoreUse
    static final String TAKE_TURNS_ON_ONE_CORE = "TAKE_TURNS_ON_ONE_CORE";
    static final String USE_ALL_CORES_AT_ONCE = "USE_ALL_CORES_AT_ONCE";
    static final String NEED_ONE_PROCESS_EACH = "NEED_ONE_PROCESS_EACH";

    // Comparison
    static final String VIRTUAL_THREADS_MUCH_FASTER = "VIRTUAL_THREADS_MUCH_FASTER";
    static final String ABOUT_THE_SAME = "ABOUT_THE_SAME";
    static final String PLATFORM_THREADS_MUCH_FASTER = "PLATFORM_THREADS_MUCH_FASTER";

    // InFlight
    static final String ONE = "ONE";
    static final String ABOUT_AS_MANY_AS_CORES = "ABOUT_AS_MANY_AS_CORES";
    static final String ALL_OF_THEM = "ALL_OF_THEM";

    // Tool
    static final String ONE_THREAD = "ONE_THREAD";
    static final String VIRTUAL_THREADS = "VIRTUAL_THREADS";
    static final String PARALLEL_STREAM = "PARALLEL_STREAM";

    private Options() {
    }
}
