package dev.overlap.checks.kitchen;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Run;
import dev.overlap.measure.Trial;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.kitchen.Kitchen;
import dev.overlap.workload.kitchen.KitchenReferences;
import dev.overlap.workload.kitchen.Menu;
import dev.overlap.workload.kitchen.Menus;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;

@Exercise(id = "02-thanksgiving-dinner", timeoutSeconds = 60)
@DisplayName("02 thanksgiving dinner: one cook, many pots; then a friend")
class ThanksgivingDinnerChecks {

    private static final List<String> CREW = List.of("Ann", "Bo", "Cy");

    private static final String KEEP_THE_RULES = """
            Do a dish's steps in order, start a dish only when the dishes it needs are ready, and let an attention \
            step wait until a cook is free.""";
    private static final String EVERY_DISH_AT_ONCE = """
            Cook every recipe on a virtual thread of its own, let a dish wait only for the dishes it needs, not for \
            the dish listed before it, and take a cook only for an attention step, not for the whole recipe: a cook \
            kept through a dish's waits keeps every other dish waiting too.""";
    private static final String SHARE_THE_COOKS = """
            Let an attention step take whichever cook is free (a BlockingQueue of cooks does it) and give the cook \
            back when done.""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("cooks every step of random dinners once, in order, after the dishes it needs, before it returns")
    void cooksRandomDinnersByTheRules() {
        RandomGenerator random = Inputs.random("dinners");
        for (int crew : List.of(1, random.nextInt(2, CREW.size() + 1))) {
            Run<Kitchen> run = dinner(Menus.random(random), CREW.subList(0, crew));

            servedByTheRules(run.result(), run);
        }
    }

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("never asks a cook to attend to two steps at once, alone or with a friend")
    void keepsEveryCookToOneStep() {
        // The family dinner has the most attention steps competing for the cooks' hands.
        for (int crew = 1; crew <= 2; crew++) {
            Run<Kitchen> run = dinner(Menus.familyThanksgiving(), CREW.subList(0, crew));

            servedByTheRules(run.result(), run);
        }
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("works on other dishes while a dish waits, every dish on a virtual thread")
    void worksWhileDishesWait() {
        DishThreads dishThreads = new DishThreads();
        Evidence.record("cooks", 1);
        Run<Kitchen> run = Run.of(recorder -> new Kitchen(recorder, Menus.thanksgiving(), CREW.subList(0, 1)),
                kitchen -> KitchenApi.cookedBySubmission(kitchen, dishThreads));

        String hint = dishThreads.hint(run, EVERY_DISH_AT_ONCE);
        assertThat(run).hint(hint).completed().ranConcurrently().onVirtualThreads();
        KitchenAssert.assertThat(run.result()).hint(hint).attendedWhileDishesWaited();
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("with a friend in the kitchen, both cooks work at the same moment")
    void bothCooksWork() {
        List<String> cooks = CREW.subList(0, 2);
        Run<Kitchen> run = dinner(Menus.familyThanksgiving(), cooks);

        assertThat(run).hint(SHARE_THE_COOKS).completed();
        // Two cooks at work count only by the rules: two steps in one pair of hands is no friend helping.
        KitchenAssert.assertThat(run.result()).hint(KEEP_THE_RULES).servedByTheRules()
                .hint(idleCooks(run, cooks) + SHARE_THE_COOKS).cooksWorkedAtOnce(cooks.size());
    }

    /**
     * Why a cook stood idle, as a sentence ending with a space: no two steps ever overlapped (task 1's work, without
     * which a friend has nothing to do), or one cook took every step; empty when neither shows.
     */
    private static String idleCooks(Run<Kitchen> run, List<String> cooks) {
        if (run.peakInFlight() == 1) {
            return "No two steps of the dinner overlapped at all, so there was never a second step for a friend to"
                    + " take: the dishes were cooked one after another. Cook every dish at once first (README, task"
                    + " 1); only then can two cooks work at the same moment. ";
        }
        List<String> idle = cooks.stream().filter(cook -> run.calls().stream()
                .noneMatch(call -> call.label().endsWith(" (" + cook + ")"))).toList();
        if (idle.isEmpty() || idle.size() == cooks.size()) {
            return "";
        }
        List<String> busy = cooks.stream().filter(cook -> !idle.contains(cook)).toList();
        Evidence.finding(Finding.IDLE_WORKER);
        return String.join(" and ", idle) + " attended to no step at all: " + String.join(" and ", busy)
                + " took every attention step, as when the code always asks the same cook (cooks.getFirst()). ";
    }

    @Check(task = 1, kind = Kind.SPEEDUP, points = 4)
    @DisplayName("one cook serves dinner in about its critical path, not the sum of every step")
    void oneCookServesNearTheLowerBound() {
        servesNearTheLowerBound(Menus.thanksgiving(), 1, EVERY_DISH_AT_ONCE);
    }

    @Check(task = 2, kind = Kind.SPEEDUP, points = 3)
    @DisplayName("two cooks serve the family dinner in about its lower bound, sooner than one cook ever could")
    void twoCooksServeNearTheLowerBound() {
        servesNearTheLowerBound(Menus.familyThanksgiving(), 2, SHARE_THE_COOKS);
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 2)
    @DisplayName("cooks on virtual threads and never pools threads")
    void cooksOnVirtualThreadsWithoutPools() {
        RuleAssert.assertThat(ThreadRules.A_VIRTUAL_THREAD_PER_TASK).holdsFor(SubmissionClasses.in("kitchen"));
    }

    private static void servesNearTheLowerBound(Menu menu, int crew, String hint) {
        Evidence.record("cooks", crew);
        Evidence.record("attention_ms", menu.attention().toMillis());
        Evidence.record("critical_path_ms", menu.criticalPath().toMillis());
        Trial<Kitchen> trial = Trial.of(recorder -> new Kitchen(recorder, menu, CREW.subList(0, crew)))
                .baseline(KitchenReferences::oneDishAfterAnother)
                .reference(KitchenReferences::everyDishAtOnce)
                .submission(KitchenApi::cookedBySubmission)
                // A dinner cooked against the rules does not count, however fast it was.
                .checkedBy(ThanksgivingDinnerChecks::servedByTheRules)
                .warmups(1)
                .rounds(3);

        assertThat(trial).hint(hint).finishesNearLowerBound(menu.lowerBound(crew), menu.sequentialTime());
    }

    /** The menu cooked by the submission with these cooks, every step recorded. */
    private static Run<Kitchen> dinner(Menu menu, List<String> cooks) {
        return Run.of(recorder -> new Kitchen(recorder, menu, cooks), KitchenApi::cookedBySubmission);
    }

    /** What every run must show before anything else about it counts: it returned, and kept the kitchen's rules. */
    private static void servedByTheRules(Kitchen kitchen, Run<?> run) {
        assertThat(run).hint(KEEP_THE_RULES).completed();
        KitchenAssert.assertThat(kitchen).hint(KEEP_THE_RULES).servedByTheRules();
    }
}
