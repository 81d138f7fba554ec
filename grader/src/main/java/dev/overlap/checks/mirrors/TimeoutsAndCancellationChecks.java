package dev.overlap.checks.mirrors;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.checks.mirrors.MirrorScenario.Spec;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Remeasure;
import dev.overlap.measure.Run;
import dev.overlap.measure.Trial;
import dev.overlap.rules.InterruptRules;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.animals.MirrorReferences;
import dev.overlap.workload.animals.RecordingHttpClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import mirrors.Mirrors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;

@Exercise(id = "06-timeouts-and-cancellation", allowsNetwork = true)
@DisplayName("06 timeouts and cancellation: the first good answer wins")
class TimeoutsAndCancellationChecks {

    /** The race: a fast mirror, a slow one four times slower, and one that is down and fails at once. */
    private static final long FAST = 60;
    private static final long SLOW = 240;
    private static final long DOWN = 15;
    /** Mirrors that all take longer than a caller is willing to wait: the first answer comes after this. */
    private static final long LATE = 300;
    private static final Duration NO_DEADLINE = TimedRaces.NO_DEADLINE;
    /**
     * How long an interrupted request keeps its thread in send, in the check for threads left behind: far longer than
     * the moment between invokeAny's return and its losers letting go, so a method that returns without waiting for
     * them is seen every time, not only when the scheduler runs them late.
     */
    private static final Duration LINGER = Duration.ofMillis(100);

    private static final String RACE = """
            Ask every mirror at once, each on its own virtual thread, and keep the first good answer, whichever mirror \
            it comes from, not the first mirror of the list: ExecutorService.invokeAny does exactly that.""";
    private static final String CANCEL = """
            Interrupt the mirrors still asking once a winner is known (invokeAny does), and close the executor so that \
            it waits until they have stopped.""";
    private static final String DEADLINE = """
            Bound the whole race by the deadline, for example with invokeAny(tasks, timeout, unit), and return the \
            fallback on TimeoutException.""";
    private static final String CANCEL_AT_THE_DEADLINE = """
            When the deadline passes, interrupt every mirror still asking (invokeAny(tasks, timeout, unit) does), and \
            close the executor so that it waits until they have stopped, as in task 2.""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("returns the animal from a good mirror, never a broken mirror's error")
    void returnsAGoodAnswer() throws IOException {
        try (MirrorScenario race = race(Inputs.random("answer"))) {
            Run<String> run = Run.of(recorder -> () -> Mirrors.firstAnswer(RecordingHttpClient.on(recorder),
                    race.uris(), NO_DEADLINE, race.fallback()));

            assertThat(run).hint("A mirror that answers with an error status is not an answer: make its task"
                    + " throw, so that the next good answer wins.").completed();
            RaceAssert.assertThat(race).returnedTheAnimal(run);
        }
    }

    @Check(task = 3, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("returns the fallback when every mirror is down")
    void fallsBackWhenEveryMirrorIsDown() throws IOException {
        try (MirrorScenario down = MirrorScenario.start(Inputs.random("fallback"), Spec.down("first", 10),
                Spec.down("second", 20), Spec.down("third", 30))) {
            Run<String> run = Run.of(recorder -> () -> Mirrors.firstAnswer(RecordingHttpClient.on(recorder),
                    down.uris(), NO_DEADLINE, down.fallback()));

            assertThat(run).hint("When every mirror fails, return the fallback instead of throwing; invokeAny"
                    + " throws ExecutionException then.").returned(down.fallback());
        }
    }

    // Task 4's rule is part of this check, not of a structure check: the starter already keeps the flag up, so task 4
    // has nothing a starter could lose, and a swallowed interrupt must not cost the race's structure (task 1).
    @Check(task = 4, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("stops at once when its caller is interrupted, and keeps the interrupt flag up wherever it catches it")
    void keepsTheInterruptFlag() throws Exception {
        RandomGenerator random = Inputs.random("interrupt");
        Duration interruptAfter = Duration.ofMillis(50);
        // A prompt stop returns well before the first good mirror could answer. No mirror is down: a race that ends
        // with a fast failure is task 1's mistake, judged by returnsAGoodAnswer, and must not cost task 4's points.
        Duration allowed = Duration.ofMillis(LATE).minus(interruptAfter).dividedBy(2);
        try (TimedRaces.Interrupted race = Remeasure.judge(() -> TimedRaces.Interrupted.run(
                MirrorScenario.start(random, Spec.good("first", LATE), Spec.good("second", LATE + 60)),
                interruptAfter, allowed)).attempt()) {

            InterruptionAssert.assertThat(race.interruption())
                    .hint("Where you catch InterruptedException, call Thread.currentThread().interrupt() before"
                            + " you return the fallback.")
                    .returnedWithin(allowed)
                    .returned(race.mirrors().fallback())
                    .keptTheFlag();
        }
        RuleAssert.assertThat(InterruptRules.CODE_THAT_CATCHES_AN_INTERRUPT_RESTORES_THE_FLAG)
                .holdsFor(SubmissionClasses.in("mirrors"));
    }

    @Check(task = 1, kind = Kind.SPEEDUP, points = 4)
    @DisplayName("answers in about the time of the fastest good mirror, not of the first in the list")
    void answersInTheFastestMirrorsTime() throws IOException {
        try (MirrorScenario race = race(Inputs.random("speed"))) {
            Trial<HttpClient> trial = Trial.<HttpClient>of(RecordingHttpClient::on)
                    .baseline(http -> MirrorReferences.oneAfterAnother(http, race.uris()))
                    .reference(http -> MirrorReferences.firstGood(http, race.uris()))
                    .submission(http -> Mirrors.firstAnswer(http, race.uris(), NO_DEADLINE, race.fallback()))
                    .checkedBy((http, run) -> wonByTheFastest(race, run))
                    .warmups(1)
                    .rounds(5);

            assertThat(trial).hint(RACE).finishesNearCriticalPath(Duration.ofMillis(FAST), race.inTurn());
        }
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("cancels the slower mirror's request as soon as the fastest one has answered")
    void cancelsTheSlowerMirror() throws Exception {
        RandomGenerator random = Inputs.random("cancel");
        warmUp(random);
        try (TimedRaces.Won race = Remeasure.judge(() -> TimedRaces.Won.run(race(random))).attempt()) {

            assertThat(race.run()).hint(RACE).completed();
            RaceAssert.assertThat(race.mirrors()).hint(RACE).askedEveryMirrorOnce();
            RaceAssert.assertThat(race.mirrors()).hint(CANCEL).cancelledPromptly("slow");
        }
    }

    @Check(task = 3, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("gives up at the deadline with the fallback, and cancels every request")
    void givesUpAtTheDeadline() throws Exception {
        RandomGenerator random = Inputs.random("deadline");
        warmUp(random);
        Duration deadline = Duration.ofMillis(100);
        // Half-way between the deadline and the first answer any mirror could give.
        Duration allowed = deadline.plus(Duration.ofMillis(LATE).minus(deadline).dividedBy(2));
        Evidence.record("deadline_ms", deadline.toMillis());
        Evidence.record("allowed_ms", allowed.toMillis());
        try (TimedRaces.TimedOut race = Remeasure.judge(() -> TimedRaces.TimedOut.run(MirrorScenario.start(
                random, Spec.good("first", LATE), Spec.good("second", LATE + 60), Spec.good("third", LATE + 120)),
                deadline, allowed)).attempt()) {
            Run<TimedRaces.Returned> run = race.run();
            Evidence.record("returned_ms", run.wallTime().toMillis());

            assertThat(run).hint(DEADLINE).completed();
            String answer = run.result().answer();
            Assertions.assertThat(answer).withFailMessage("It returned %s after %d ms; with a deadline of %d ms and"
                    + " no mirror faster than %d ms, only the fallback is right. %s", race.mirrors().isTheAnimal(answer)
                    ? "a mirror's answer" : answer, run.wallTime().toMillis(), deadline.toMillis(), LATE, DEADLINE)
                    .isEqualTo(race.mirrors().fallback());
            Assertions.assertThat(run.wallTime())
                    .withFailMessage("It returned the fallback after %d ms; with a deadline of %d ms it should have"
                            + " given up by %d ms, half-way to the first answer a mirror could give.%s %s",
                            run.wallTime().toMillis(), deadline.toMillis(), allowed.toMillis(),
                            deadlinesAddedUp(run.wallTime(), deadline, race.mirrors().mirrors().size()), DEADLINE)
                    .isLessThanOrEqualTo(allowed);
            RaceAssert.assertThat(race.mirrors()).hint(DEADLINE).askedEveryMirrorOnce();
            RaceAssert.assertThat(race.mirrors()).hint(CANCEL_AT_THE_DEADLINE)
                    .allCancelledWithin(run.result().calledAt(), allowed);
        }
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("leaves no request running on any thread when it returns")
    void leavesNoThreadRunning() throws IOException {
        try (MirrorScenario race = race(Inputs.random("leftovers"))) {
            Run<List<String>> run = Run.of(recorder -> {
                RecordingHttpClient http = RecordingHttpClient.on(recorder).lingeringOnInterrupt(LINGER);
                return () -> {
                    Mirrors.firstAnswer(http, race.uris(), NO_DEADLINE, race.fallback());
                    return http.threadsStillSending();
                };
            });

            assertThat(run).hint(RACE + " This check looks at the threads that ask the mirrors at once.")
                    .completed().ranConcurrently();
            Evidence.record("threads_still_sending", run.result().size());
            if (!run.result().isEmpty()) {
                Evidence.finding(Finding.THREADS_OUTLIVE_THE_CALL);
            }
            Assertions.assertThat(run.result())
                    .withFailMessage("When the method returned, %d thread%s still waiting for a mirror: %s. %s",
                            run.result().size(), run.result().size() == 1 ? " was" : "s were",
                            String.join(", ", run.result()), CANCEL)
                    .isEmpty();
        }
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 2)
    @DisplayName("races on virtual threads without a pool")
    void racesOnVirtualThreads() {
        RuleAssert.assertThat(ThreadRules.A_VIRTUAL_THREAD_PER_TASK).holdsFor(SubmissionClasses.in("mirrors"));
    }

    /** The animal, from a request this very run sent to the fastest good mirror: no answer kept from another run. */
    private static void wonByTheFastest(MirrorScenario race, Run<?> run) {
        assertThat(run).hint(RACE).completed();
        RaceAssert.assertThat(race).returnedTheAnimal(run).askedTheFastestGoodMirror(run);
    }

    /** A fallback that came several deadlines late: likely one deadline per mirror, waited for in turn. */
    private static String deadlinesAddedUp(Duration took, Duration deadline, int mirrors) {
        long deadlines = took.toNanos() / deadline.toNanos();
        if (deadlines < 2) {
            return "";
        }
        Evidence.finding(Finding.DEADLINE_PER_CALL);
        return String.format(Locale.ROOT, " That is %d deadlines of %d ms, for %d mirrors: a deadline given to each"
                + " mirror in turn (future.get(timeout, unit) on one future after another) adds up, one per mirror,"
                + " and still reads the mirrors in the order of the list.", deadlines, deadline.toMillis(), mirrors);
    }

    private static MirrorScenario race(RandomGenerator random) throws IOException {
        return MirrorScenario.start(random, Spec.good("slow", SLOW), Spec.down("down", DOWN), Spec.good("fast", FAST));
    }

    /** One race before the measured one, so that class loading and compilation do not delay a cancellation. */
    private static void warmUp(RandomGenerator random) throws IOException {
        TimedRaces.Won.run(race(random)).close();
    }
}
