package dev.overlap.checks.mentalmodel;

import static dev.overlap.checks.mentalmodel.Options.*;
import static dev.overlap.quiz.AnswerAssert.assertThat;

import dev.overlap.check.Check;
import dev.overlap.check.Exercise;
import dev.overlap.check.Kind;
import mentalmodel.Answers;
import mentalmodel.Because;
import mentalmodel.Comparison;
import mentalmodel.CoreUse;
import mentalmodel.Estimate;
import mentalmodel.InFlight;
import mentalmodel.Scene;
import mentalmodel.Tool;
import org.junit.jupiter.api.DisplayName;

@Exercise(id = "11-mental-model", timeoutSeconds = 60)
@DisplayName("11 mental model: concurrency or parallelism, predicted and measured")
class MentalModelChecks {

    private static final String SWITCHING = "Concurrent means in progress at once, not at the same instant: one"
            + " worker switching between tasks is enough for it.";

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how one cashier serving two lines works")
    void oneCashierTwoLines() {
        assertThat("Answers.ONE_CASHIER_TWO_LINES (question 1)", Scene.class, Answers.ONE_CASHIER_TWO_LINES)
                .hintFor(SEQUENTIAL, "Does the cashier serve everyone in one line before looking at the"
                        + " other? Read the scene again: someone from either line in turn.")
                .hintFor(PARALLEL, "Count who does the serving. At any instant, how many customers are"
                        + " actually being served?")
                .is(CONCURRENT);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how a row of busy shower stalls works")
    void showerStalls() {
        assertThat("Answers.SHOWER_STALLS_AT_THE_POOL (question 2)", Scene.class, Answers.SHOWER_STALLS_AT_THE_POOL)
                .hintFor(SEQUENTIAL, "Does each swimmer wait for the one before to finish, with stalls free?")
                .hintFor(CONCURRENT, SWITCHING + " How many showers run water at the same instant?")
                .is(PARALLEL);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how friends sharing one cup a sip at a time works")
    void friendsSharingOneCup() {
        assertThat("Answers.FRIENDS_SHARING_ONE_CUP (question 3)", Scene.class, Answers.FRIENDS_SHARING_ONE_CUP)
                .hintFor(SEQUENTIAL, "Does the first friend finish their drink before the second has a sip?"
                        + " The cup goes round a sip at a time.")
                .hintFor(PARALLEL, "How many cups are there, and how many sips can happen at the same instant?")
                .is(CONCURRENT);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how one cook minding three pots works")
    void oneCookThreePots() {
        assertThat("Answers.ONE_COOK_THREE_POTS (question 4)", Scene.class, Answers.ONE_COOK_THREE_POTS)
                .hintFor(SEQUENTIAL, "Does the cook finish one pot before the next goes on the stove? All"
                        + " three are on the stove together.")
                .hintFor(PARALLEL, "The pots simmer by themselves, but stirring is the cook's work. How many"
                        + " pots can one cook stir at the same instant?")
                .is(CONCURRENT);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how four checkout lanes with a cashier each work")
    void fourCheckoutLanes() {
        assertThat("Answers.FOUR_CHECKOUT_LANES (question 5)", Scene.class, Answers.FOUR_CHECKOUT_LANES)
                .hintFor(SEQUENTIAL, "With four cashiers at work, does lane 2 wait for lane 1 to finish?")
                .hintFor(CONCURRENT, SWITCHING + " How many cashiers scan at the same instant?")
                .is(PARALLEL);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how reading one novel after another works")
    void oneNovelAfterAnother() {
        assertThat("Answers.ONE_NOVEL_AFTER_ANOTHER (question 6)", Scene.class, Answers.ONE_NOVEL_AFTER_ANOTHER)
                .hintFor(CONCURRENT, "Concurrent means several tasks in progress at once. How many novels"
                        + " are open at any time?")
                .hintFor(PARALLEL, "Can you read two novels at the same instant? Here you do not even"
                        + " open the second one yet.")
                .is(SEQUENTIAL);
    }

    @Check(task = 2, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts how long three waits of 3 s, 1 s and 2 s take together, and the kit measures it")
    void threeWaitsTogether() throws Exception {
        var answer = assertThat("Answers.THREE_WAITS_TOGETHER (question 7)", Estimate.class,
                Answers.THREE_WAITS_TOGETHER).isAnswered();
        String noFaster = "No run can end before its longest task, and task A alone waits 3 s.";
        String addedUp = "Each task has a thread of its own and they start together. What does a thread do while"
                + " it waits, and does that hold up the others?";
        answer.hintFor(ABOUT_1_S, noFaster).hintFor(ABOUT_2_S, noFaster)
                .hintFor(ABOUT_6_S, "6 s is 3 + 1 + 2: the waits one after another. " + addedUp)
                .hintFor(ABOUT_5_S, addedUp).hintFor(ABOUT_10_S, addedUp)
                .hintFor(ABOUT_20_S, addedUp)
                .experiment(Experiments.threeWaits(seconds(Answers.THREE_WAITS_TOGETHER)))
                .is(ABOUT_3_S);
    }

    @Check(task = 2, kind = Kind.QUIZ, points = 2)
    @DisplayName("explains why waiting tasks overlap")
    void whyTheWaitsOverlap() {
        assertThat("Answers.WHY_THE_WAITS_OVERLAP (question 8)", Because.class, Answers.WHY_THE_WAITS_OVERLAP)
                .hintFor(THERE_ARE_ENOUGH_CORES, "Would it change on a machine with a single core? Think"
                        + " about what a waiting task needs from the processor.")
                .hintFor(THE_RUNTIME_SHORTENS_WAITS, "Each wait lasts its full time; the timeline of"
                        + " question 7 shows task A's bar lasting all of it. What changes is when the waits happen.")
                .hintFor(COMPUTING_LEAVES_NO_IDLE_TIME, "These tasks do not compute; they wait.")
                .hintFor(SWITCHING_COSTS_TOO_MUCH, "The run got faster, not slower. Which reason explains"
                        + " a saving?")
                .is(WAITING_NEEDS_NO_PROCESSOR);
    }

    @Check(task = 3, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts how long four computing tasks take on one thread, and the kit measures it")
    void fourSumsOnOneThread() {
        var answer = assertThat("Answers.FOUR_SUMS_ON_ONE_THREAD (question 9)", Estimate.class,
                Answers.FOUR_SUMS_ON_ONE_THREAD).isAnswered();
        String shorter = "No interleaving makes arithmetic shorter: four tasks are still four times 5 s of computing.";
        String count = "Count the computing the one thread must do: while it works on one task, what happens to the"
                + " other three?";
        answer.hintFor(ABOUT_5_S, "That needs all four computed at the same instant. How many tasks can"
                        + " one thread compute at any instant?")
                .hintFor(ABOUT_1_S, shorter).hintFor(ABOUT_2_S, shorter)
                .hintFor(ABOUT_3_S, shorter)
                .hintFor(ABOUT_6_S, count).hintFor(ABOUT_10_S, count)
                .experiment(Experiments.fourSumsOnOneThread(seconds(Answers.FOUR_SUMS_ON_ONE_THREAD)))
                .is(ABOUT_20_S);
    }

    @Check(task = 3, kind = Kind.QUIZ, points = 2)
    @DisplayName("explains why switching on one thread saves nothing for computing tasks")
    void whyOneThreadSavesNothing() {
        assertThat("Answers.WHY_ONE_THREAD_SAVES_NOTHING (question 10)", Because.class,
                Answers.WHY_ONE_THREAD_SAVES_NOTHING)
                .hintFor(THERE_ARE_ENOUGH_CORES, "One thread uses one core, however many the machine has."
                        + " What did switching exploit in part 2 that is missing here?")
                .hintFor(WAITING_NEEDS_NO_PROCESSOR, "That is why part 2 was fast. Do these tasks ever wait?")
                .hintFor(THE_RUNTIME_SHORTENS_WAITS, "There is no wait to shorten in a sum.")
                .hintFor(SWITCHING_COSTS_TOO_MUCH, "A switch costs microseconds: the run takes about as"
                        + " long with no switching at all. What would switching need in order to save time?")
                .is(COMPUTING_LEAVES_NO_IDLE_TIME);
    }

    @Check(task = 4, kind = Kind.QUIZ, points = 1)
    @DisplayName("knows what Java threads that compute do with the cores, and the kit measures it")
    void javaThreadsThatCompute() {
        var answer = assertThat("Answers.JAVA_THREADS_THAT_COMPUTE (question 11)", CoreUse.class,
                Answers.JAVA_THREADS_THAT_COMPUTE).isAnswered();
        answer.hintFor(TAKE_TURNS_ON_ONE_CORE, "That is CPython's GIL at work: one lock for the whole"
                        + " interpreter. Does the JVM have such a lock?")
                .hintFor(NEED_ONE_PROCESS_EACH, "That is how Python's multiprocessing gets around its GIL."
                        + " Does a Java thread need a process of its own to run on a core of its own?")
                .experiment(Experiments.platformThreadsThatCompute())
                .is(USE_ALL_CORES_AT_ONCE);
    }

    @Check(task = 4, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts what virtual threads do for computing tasks, and the kit measures it")
    void virtualThreadsForComputing() {
        var answer = assertThat("Answers.VIRTUAL_THREADS_FOR_COMPUTING (question 12)", Comparison.class,
                Answers.VIRTUAL_THREADS_FOR_COMPUTING).isAnswered();
        answer.hintFor(VIRTUAL_THREADS_MUCH_FASTER, "Virtual threads are cheaper threads, not faster ones: cheap to"
                        + " create and almost free while they wait. What do they run on while they compute, and how"
                        + " many of those are there?")
                .hintFor(PLATFORM_THREADS_MUCH_FASTER, "More platform threads than cores still share the"
                        + " same cores. Does having more threads add computing power, or take it away?")
                .experiment(Experiments.virtualVersusPlatformComputing())
                .is(ABOUT_THE_SAME);
    }

    @Check(task = 4, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts how many waits a parallel stream overlaps, and the kit measures it")
    void waitsInAParallelStream() {
        var answer = assertThat("Answers.WAITS_IN_A_PARALLEL_STREAM (question 13)", InFlight.class,
                Answers.WAITS_IN_A_PARALLEL_STREAM).isAnswered();
        answer.hintFor(ONE, "A parallel stream does split its work across threads. How many threads"
                        + " does the pool behind it have?")
                .hintFor(ALL_OF_THEM, "A virtual thread per call would give that. A parallel stream runs"
                        + " on a pool: how big is it, and what does a pool thread do while its call waits?")
                .experiment(Experiments.waitsInAParallelStream())
                .is(ABOUT_AS_MANY_AS_CORES);
    }

    @Check(task = 5, kind = Kind.QUIZ, points = 1)
    @DisplayName("picks the tool for 200 calls to a slow web service")
    void toolForWebCalls() {
        assertThat("Answers.TOOL_FOR_200_WEB_CALLS (question 14)", Tool.class, Answers.TOOL_FOR_200_WEB_CALLS)
                .hintFor(ONE_THREAD, "200 calls one after another: every wait adds up. Must they wait in line?")
                .hintFor(PARALLEL_STREAM, "Your answer to question 13 applies: how many of the 200 calls would"
                        + " be in flight at once?")
                .is(VIRTUAL_THREADS);
    }

    @Check(task = 5, kind = Kind.QUIZ, points = 1)
    @DisplayName("picks the tool for resizing 200 photos in memory")
    void toolForPhotoResizes() {
        assertThat("Answers.TOOL_FOR_200_PHOTO_RESIZES (question 15)", Tool.class, Answers.TOOL_FOR_200_PHOTO_RESIZES)
                .hintFor(ONE_THREAD, "The work is arithmetic and the machine has several cores. How many of"
                        + " them does one thread use?")
                .hintFor(VIRTUAL_THREADS, "More threads add speed only when there is waiting to fill or a free"
                        + " core to use; beyond that they only take turns. Resizing never waits: how many cores does"
                        + " it find, and what do 200 threads add to them? Your answer to question 12 applies.")
                .is(PARALLEL_STREAM);
    }

    // "ABOUT_3_S" is 3; called only once the answer is known to be given.
    private static int seconds(Estimate estimate) {
        return Integer.parseInt(estimate.name().replaceAll("\\D", ""));
    }
}
