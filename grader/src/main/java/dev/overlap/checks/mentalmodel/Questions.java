package dev.overlap.checks.mentalmodel;

import static dev.overlap.checks.mentalmodel.Options.*;

import dev.overlap.evidence.Finding;
import dev.overlap.quiz.Question;
import mentalmodel.Because;
import mentalmodel.Comparison;
import mentalmodel.CoreUse;
import mentalmodel.Estimate;
import mentalmodel.InFlight;
import mentalmodel.Scene;
import mentalmodel.Tool;

/**
 * The quiz's fifteen questions as a table: the right option of each, a hint for each wrong option a learner is
 * likely to pick, and the experiment that measures the prediction. A hint asks a question to think about; it never
 * gives the answer away.
 */
final class Questions {

    private static final String SWITCHING = """
            Concurrent means in progress at once, not at the same instant: one worker switching between tasks is \
            enough for it.""";
    private static final String NO_FASTER = "No run can end before its longest task, and task A alone waits 3 s.";
    private static final String ADDED_UP = """
            Each task has a thread of its own and they start together. What does a thread do while it waits, and does \
            that hold up the others?""";
    private static final String SHORTER = """
            No interleaving makes arithmetic shorter: four tasks are still four times 5 s of computing.""";
    private static final String COUNT = """
            Count the computing the one thread must do: while it works on one task, what happens to the other three?""";

    static final Question<Scene> ONE_CASHIER_TWO_LINES = Question.number(1, "ONE_CASHIER_TWO_LINES", Scene.class,
                    CONCURRENT)
            .mistakeIs(Finding.CONCURRENT_OR_PARALLEL)
            .hint(SEQUENTIAL, "Does the cashier serve everyone in one line before looking at the other? Read the"
                    + " scene again: someone from either line in turn.")
            .hint(PARALLEL, "Count who does the serving. At any instant, how many customers are actually being"
                    + " served?");

    static final Question<Scene> SHOWER_STALLS_AT_THE_POOL = Question.number(2, "SHOWER_STALLS_AT_THE_POOL",
                    Scene.class, PARALLEL)
            .mistakeIs(Finding.CONCURRENT_OR_PARALLEL)
            .hint(SEQUENTIAL, "Does each swimmer wait for the one before to finish, with stalls free?")
            .hint(CONCURRENT, SWITCHING + " How many showers run water at the same instant?");

    static final Question<Scene> FRIENDS_SHARING_ONE_CUP = Question.number(3, "FRIENDS_SHARING_ONE_CUP", Scene.class,
                    CONCURRENT)
            .mistakeIs(Finding.CONCURRENT_OR_PARALLEL)
            .hint(SEQUENTIAL, "Does the first friend finish their drink before the second has a sip? The cup goes"
                    + " round a sip at a time.")
            .hint(PARALLEL, "How many cups are there, and how many sips can happen at the same instant?");

    static final Question<Scene> ONE_COOK_THREE_POTS = Question.number(4, "ONE_COOK_THREE_POTS", Scene.class,
                    CONCURRENT)
            .mistakeIs(Finding.CONCURRENT_OR_PARALLEL)
            .hint(SEQUENTIAL, "Does the cook finish one pot before the next goes on the stove? All three are on the"
                    + " stove together.")
            .hint(PARALLEL, "The pots simmer by themselves, but stirring is the cook's work. How many pots can one"
                    + " cook stir at the same instant?");

    static final Question<Scene> FOUR_CHECKOUT_LANES = Question.number(5, "FOUR_CHECKOUT_LANES", Scene.class,
                    PARALLEL)
            .mistakeIs(Finding.CONCURRENT_OR_PARALLEL)
            .hint(SEQUENTIAL, "With four cashiers at work, does lane 2 wait for lane 1 to finish?")
            .hint(CONCURRENT, SWITCHING + " How many cashiers scan at the same instant?");

    static final Question<Scene> ONE_NOVEL_AFTER_ANOTHER = Question.number(6, "ONE_NOVEL_AFTER_ANOTHER", Scene.class,
                    SEQUENTIAL)
            .mistakeIs(Finding.CONCURRENT_OR_PARALLEL)
            .hint(CONCURRENT, "Concurrent means several tasks in progress at once. How many novels are open at any"
                    + " time?")
            .hint(PARALLEL, "Can you read two novels at the same instant? Here you do not even open the second one"
                    + " yet.");

    static final Question<Estimate> THREE_WAITS_TOGETHER = Question.number(7, "THREE_WAITS_TOGETHER", Estimate.class,
                    ABOUT_3_S)
            .mistakeIs(Finding.WAITS_ADD_UP)
            .hint(ABOUT_1_S, NO_FASTER).hint(ABOUT_2_S, NO_FASTER)
            .hint(ABOUT_6_S, "6 s is 3 + 1 + 2: the waits one after another. " + ADDED_UP)
            .hint(ABOUT_5_S, ADDED_UP).hint(ABOUT_10_S, ADDED_UP).hint(ABOUT_20_S, ADDED_UP)
            .measuredBy(answer -> Experiments.threeWaits(seconds(answer)));

    static final Question<Because> WHY_THE_WAITS_OVERLAP = Question.number(8, "WHY_THE_WAITS_OVERLAP", Because.class,
                    WAITING_NEEDS_NO_PROCESSOR)
            .mistakeIs(Finding.WAITS_ADD_UP)
            .hint(THERE_ARE_ENOUGH_CORES, "Would it change on a machine with a single core? Think about what a"
                    + " waiting task needs from the processor.")
            .hint(THE_RUNTIME_SHORTENS_WAITS, "Each wait lasts its full time; the timeline of question 7 shows task"
                    + " A's bar lasting all of it. What changes is when the waits happen.")
            .hint(COMPUTING_LEAVES_NO_IDLE_TIME, "These tasks do not compute; they wait.")
            .hint(SWITCHING_COSTS_TOO_MUCH, "The run got faster, not slower. Which reason explains a saving?");

    static final Question<Estimate> FOUR_SUMS_ON_ONE_THREAD = Question.number(9, "FOUR_SUMS_ON_ONE_THREAD",
                    Estimate.class, ABOUT_20_S)
            .mistakeIs(Finding.SWITCHING_SAVES_COMPUTING)
            .hint(ABOUT_5_S, "That needs all four computed at the same instant. How many tasks can one thread"
                    + " compute at any instant?")
            .hint(ABOUT_1_S, SHORTER).hint(ABOUT_2_S, SHORTER).hint(ABOUT_3_S, SHORTER)
            .hint(ABOUT_6_S, COUNT).hint(ABOUT_10_S, COUNT)
            .measuredBy(answer -> Experiments.fourSumsOnOneThread(seconds(answer)));

    static final Question<Because> WHY_ONE_THREAD_SAVES_NOTHING = Question.number(10, "WHY_ONE_THREAD_SAVES_NOTHING",
                    Because.class, COMPUTING_LEAVES_NO_IDLE_TIME)
            .mistakeIs(Finding.SWITCHING_SAVES_COMPUTING)
            .hint(THERE_ARE_ENOUGH_CORES, "One thread uses one core, however many the machine has. What did"
                    + " switching exploit in part 2 that is missing here?")
            .hint(WAITING_NEEDS_NO_PROCESSOR, "That is why part 2 was fast. Do these tasks ever wait?")
            .hint(THE_RUNTIME_SHORTENS_WAITS, "There is no wait to shorten in a sum.")
            .hint(SWITCHING_COSTS_TOO_MUCH, "A switch costs microseconds: the run takes about as long with no"
                    + " switching at all. What would switching need in order to save time?");

    static final Question<CoreUse> JAVA_THREADS_THAT_COMPUTE = Question.number(11, "JAVA_THREADS_THAT_COMPUTE",
                    CoreUse.class, USE_ALL_CORES_AT_ONCE)
            .mistakeIs(Finding.JAVA_HAS_A_GIL)
            .hint(TAKE_TURNS_ON_ONE_CORE, "That is CPython's GIL at work: one lock for the whole interpreter. Does"
                    + " the JVM have such a lock?")
            .hint(NEED_ONE_PROCESS_EACH, "That is how Python's multiprocessing gets around its GIL. Does a Java"
                    + " thread need a process of its own to run on a core of its own?")
            .measuredBy(answer -> Experiments.platformThreadsThatCompute());

    static final Question<Comparison> VIRTUAL_THREADS_FOR_COMPUTING = Question.number(12,
                    "VIRTUAL_THREADS_FOR_COMPUTING", Comparison.class, ABOUT_THE_SAME)
            .mistakeIs(Finding.VIRTUAL_THREADS_COMPUTE_FASTER)
            .hint(VIRTUAL_THREADS_MUCH_FASTER, "Virtual threads are cheaper threads, not faster ones: cheap to"
                    + " create and almost free while they wait. What do they run on while they compute, and how many"
                    + " of those are there?")
            .hint(PLATFORM_THREADS_MUCH_FASTER, "More platform threads than cores still share the same cores. Does"
                    + " having more threads add computing power, or take it away?")
            .measuredBy(answer -> Experiments.virtualVersusPlatformComputing());

    static final Question<InFlight> WAITS_IN_A_PARALLEL_STREAM = Question.number(13, "WAITS_IN_A_PARALLEL_STREAM",
                    InFlight.class, ABOUT_AS_MANY_AS_CORES)
            .mistakeIs(Finding.PARALLEL_STREAM_FOR_WAITING)
            .hint(ONE, "A parallel stream does split its work across threads. How many threads does the pool"
                    + " behind it have?")
            .hint(ALL_OF_THEM, "A virtual thread per call would give that. A parallel stream runs on a pool: how big"
                    + " is it, and what does a pool thread do while its call waits?")
            .measuredBy(answer -> Experiments.waitsInAParallelStream());

    static final Question<Tool> TOOL_FOR_200_WEB_CALLS = Question.number(14, "TOOL_FOR_200_WEB_CALLS", Tool.class,
                    VIRTUAL_THREADS)
            .mistakeIs(Finding.WRONG_TOOL)
            .hint(ONE_THREAD, "200 calls one after another: every wait adds up. Must they wait in line?")
            .hint(PARALLEL_STREAM, "Your answer to question 13 applies: how many of the 200 calls would be in"
                    + " flight at once?");

    static final Question<Tool> TOOL_FOR_200_PHOTO_RESIZES = Question.number(15, "TOOL_FOR_200_PHOTO_RESIZES",
                    Tool.class, PARALLEL_STREAM)
            .mistakeIs(Finding.WRONG_TOOL)
            .hint(ONE_THREAD, "The work is arithmetic and the machine has several cores. How many of them does one"
                    + " thread use?")
            .hint(VIRTUAL_THREADS, "More threads add speed only when there is waiting to fill or a free core to use;"
                    + " beyond that they only take turns. Resizing never waits: how many cores does it find, and what"
                    + " do 200 threads add to them? Your answer to question 12 applies.");

    private Questions() {
    }

    // "ABOUT_3_S" is 3; asked only once the question is answered.
    private static int seconds(Estimate estimate) {
        return Integer.parseInt(estimate.name().replaceAll("\\D", ""));
    }
}
