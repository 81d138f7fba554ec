package dev.overlap.checks.mentalmodel;

import dev.overlap.check.Check;
import dev.overlap.check.Exercise;
import dev.overlap.check.Kind;
import mentalmodel.Answers;
import org.junit.jupiter.api.DisplayName;

/**
 * The quiz's checks, one a question; the questions, their right options and hints are the table in
 * {@link Questions}.
 */
@Exercise(id = "11-mental-model", timeoutSeconds = 60)
@DisplayName("11 mental model: concurrency or parallelism, predicted and measured")
class MentalModelChecks {

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how one cashier serving two lines works")
    void oneCashierTwoLines() throws Exception {
        Questions.ONE_CASHIER_TWO_LINES.grade(Answers.ONE_CASHIER_TWO_LINES);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how a row of busy shower stalls works")
    void showerStalls() throws Exception {
        Questions.SHOWER_STALLS_AT_THE_POOL.grade(Answers.SHOWER_STALLS_AT_THE_POOL);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how friends sharing one cup a sip at a time works")
    void friendsSharingOneCup() throws Exception {
        Questions.FRIENDS_SHARING_ONE_CUP.grade(Answers.FRIENDS_SHARING_ONE_CUP);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how one cook minding three pots works")
    void oneCookThreePots() throws Exception {
        Questions.ONE_COOK_THREE_POTS.grade(Answers.ONE_COOK_THREE_POTS);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how four checkout lanes with a cashier each work")
    void fourCheckoutLanes() throws Exception {
        Questions.FOUR_CHECKOUT_LANES.grade(Answers.FOUR_CHECKOUT_LANES);
    }

    @Check(task = 1, kind = Kind.QUIZ, points = 1)
    @DisplayName("tells how reading one novel after another works")
    void oneNovelAfterAnother() throws Exception {
        Questions.ONE_NOVEL_AFTER_ANOTHER.grade(Answers.ONE_NOVEL_AFTER_ANOTHER);
    }

    @Check(task = 2, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts how long three waits of 3 s, 1 s and 2 s take together, and the kit measures it")
    void threeWaitsTogether() throws Exception {
        Questions.THREE_WAITS_TOGETHER.grade(Answers.THREE_WAITS_TOGETHER);
    }

    @Check(task = 2, kind = Kind.QUIZ, points = 2)
    @DisplayName("explains why waiting tasks overlap")
    void whyTheWaitsOverlap() throws Exception {
        Questions.WHY_THE_WAITS_OVERLAP.grade(Answers.WHY_THE_WAITS_OVERLAP);
    }

    @Check(task = 3, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts how long four computing tasks take on one thread, and the kit measures it")
    void fourSumsOnOneThread() throws Exception {
        Questions.FOUR_SUMS_ON_ONE_THREAD.grade(Answers.FOUR_SUMS_ON_ONE_THREAD);
    }

    @Check(task = 3, kind = Kind.QUIZ, points = 2)
    @DisplayName("explains why switching on one thread saves nothing for computing tasks")
    void whyOneThreadSavesNothing() throws Exception {
        Questions.WHY_ONE_THREAD_SAVES_NOTHING.grade(Answers.WHY_ONE_THREAD_SAVES_NOTHING);
    }

    @Check(task = 4, kind = Kind.QUIZ, points = 1)
    @DisplayName("knows what Java threads that compute do with the cores, and the kit measures it")
    void javaThreadsThatCompute() throws Exception {
        Questions.JAVA_THREADS_THAT_COMPUTE.grade(Answers.JAVA_THREADS_THAT_COMPUTE);
    }

    @Check(task = 4, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts what virtual threads do for computing tasks, and the kit measures it")
    void virtualThreadsForComputing() throws Exception {
        Questions.VIRTUAL_THREADS_FOR_COMPUTING.grade(Answers.VIRTUAL_THREADS_FOR_COMPUTING);
    }

    @Check(task = 4, kind = Kind.QUIZ, points = 2)
    @DisplayName("predicts how many waits a parallel stream overlaps, and the kit measures it")
    void waitsInAParallelStream() throws Exception {
        Questions.WAITS_IN_A_PARALLEL_STREAM.grade(Answers.WAITS_IN_A_PARALLEL_STREAM);
    }

    @Check(task = 5, kind = Kind.QUIZ, points = 1)
    @DisplayName("picks the tool for 200 calls to a slow web service")
    void toolForWebCalls() throws Exception {
        Questions.TOOL_FOR_200_WEB_CALLS.grade(Answers.TOOL_FOR_200_WEB_CALLS);
    }

    @Check(task = 5, kind = Kind.QUIZ, points = 1)
    @DisplayName("picks the tool for resizing 200 photos in memory")
    void toolForPhotoResizes() throws Exception {
        Questions.TOOL_FOR_200_PHOTO_RESIZES.grade(Answers.TOOL_FOR_200_PHOTO_RESIZES);
    }
}
