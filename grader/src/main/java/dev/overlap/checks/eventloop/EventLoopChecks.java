package dev.overlap.checks.eventloop;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.ReportsPinning;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.rules.AsyncPaths;
import dev.overlap.rules.BlockingRules;
import dev.overlap.rules.FutureRules;
import dev.overlap.rules.PoolRules;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.workload.CourseKernel;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;

@Exercise(id = "09-event-loop", timeoutSeconds = 90)
@ReportsPinning
@DisplayName("09 event loop: a loop that never waits")
class EventLoopChecks {

    static final Duration HEARTBEAT = Duration.ofMillis(5);
    /** How long the harbour office takes for a manifest in the timed checks. */
    static final Duration WAIT = Duration.ofMillis(150);
    /** A course is sized, on this machine and in this run, to compute for about as long as a manifest waits. */
    static final int SOUNDINGS_PER_COURSE = 4;
    /**
     * A handler that waits or computes on the loop delays the heartbeat by all of it, a whole WAIT; a loop
     * that only starts work and composes answers delays it by scheduling noise. Half a WAIT lies between.
     */
    static final Duration ALLOWED_LAG = WAIT.dividedBy(2);
    static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final String WAIT_OFF_THE_LOOP = """
            Let manifest only start the wait and say where it continues: the wait on a virtual thread \
            (CompletableFuture.supplyAsync(..., virtualThreads)), the answer back on the loop (thenApplyAsync(..., \
            loop)); see README, task 1.""";
    private static final String COMPUTE_OFF_THE_LOOP = """
            Let course only start the plotting and say where it continues: the plotting on a pool sized to the cores \
            (CompletableFuture.supplyAsync(..., ForkJoinPool.commonPool())), the answer back on the loop \
            (thenApplyAsync(..., loop)); see README, task 2.""";
    private static final String KEEP_THE_ANSWERS = """
            Keep what each handler answers as it is; change where its work runs.""";
    private static final String LAST_STAGE_ON_THE_LOOP = """
            Make the last stage of each handler an Async stage on the loop, thenApplyAsync(..., loop) or \
            thenCombineAsync(..., loop), after any thenCompose.""";
    private static final String PLOT_ON_A_POOL = """
            Hand the computing to a pool sized to the cores: CompletableFuture.supplyAsync(() -> ..., \
            ForkJoinPool.commonPool()), with a parallel stream inside the task if you like.""";
    private static final String BOTH_OFF_THE_LOOP = """
            Let clearance only start both halves, the wait on a virtual thread and the plotting on a pool sized to the \
            cores, and combine them on the loop (thenCombineAsync(other, ..., loop)); see README, task 3.""";

    @Check(task = 3, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("answers every call right: hails, manifests, courses and clearances")
    void answersEveryCallRight() {
        RandomGenerator random = Inputs.random("answers");
        String salt = Long.toHexString(random.nextLong());
        int rounds = CourseKernel.roundsFor(Duration.ofMillis(2));
        List<Ship> ships = Ship.burst(random, new RecordedHarbour(new Recorder(), Duration.ZERO, rounds, salt),
                2, 3, 2, 2, 3);

        Run<Burst.Outcome> run = Run.of(recorder -> () -> Harness.burst(new RecordedHarbour(recorder,
                Duration.ofMillis(20), rounds, salt), ships));

        assertThat(run).hint(KEEP_THE_ANSWERS).completed()
                .ranEachCallOnce(concat(Ship.manifestLabels(ships), Ship.plotLabels(ships)));
        BurstAssert.assertThat(run.result()).hint(KEEP_THE_ANSWERS).answered(ships);
    }

    @Check(task = 3, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("completes every answer on the loop's thread, where the loop continues from it")
    void completesAnswersOnTheLoop() throws Exception {
        RandomGenerator random = Inputs.random("on the loop");
        RecordedHarbour harbour = new RecordedHarbour(new Recorder(), Duration.ofMillis(20),
                CourseKernel.roundsFor(Duration.ofMillis(2)), "loop");
        List<Ship> ships = Ship.burst(random, harbour, 1, 2, 2, 2, 3);

        BurstAssert.assertThat(Harness.burst(harbour, ships)).hint(LAST_STAGE_ON_THE_LOOP).completedOnTheLoop();
    }

    // One heartbeat check per handler's task: a manifest that waits on the loop (task 1) must not cost the points
    // of the courses (task 2) or of the clearances (task 3), and the other way round.
    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("keeps the heartbeat on time while manifests wait")
    void keepsTheHeartbeatWhileManifestsWait() throws Exception {
        keepsTheHeartbeat("heartbeat manifests", new Calls(2, 3, 0, 0), WAIT_OFF_THE_LOOP);
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 1)
    @DisplayName("keeps the heartbeat on time while courses are plotted")
    void keepsTheHeartbeatWhileCoursesArePlotted() throws Exception {
        keepsTheHeartbeat("heartbeat courses", new Calls(2, 0, 2, 0), COMPUTE_OFF_THE_LOOP);
    }

    @Check(task = 3, kind = Kind.CONCURRENCY, points = 1)
    @DisplayName("keeps the heartbeat on time while clearances wait and compute")
    void keepsTheHeartbeatWhileClearing() throws Exception {
        keepsTheHeartbeat("heartbeat clearances", new Calls(2, 0, 0, 2), BOTH_OFF_THE_LOOP);
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("waits for the harbour office on virtual threads, all manifests at once")
    void waitsOnVirtualThreads() {
        RandomGenerator random = Inputs.random("waiting");
        int manifests = 4;
        Run<Burst.Outcome> run = Run.of(recorder -> () -> {
            RecordedHarbour harbour = new RecordedHarbour(recorder, Duration.ofMillis(100), 1, "waiting");
            return Harness.burst(harbour, Ship.burst(random, harbour, 0, manifests, 0, 0, 0));
        });

        assertThat(run).hint("A manifest only waits: give each one a virtual thread of its own, for example"
                + " CompletableFuture.supplyAsync(() -> ..., Thread::startVirtualThread); see README, task 1."
                + waitingStory(run))
                .completed().peakInFlight(manifests).onVirtualThreads();
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("plots courses off the loop, on a pool's platform threads")
    void computesOffTheLoop() throws Exception {
        RandomGenerator random = Inputs.random("computing");
        Recorder recorder = new Recorder();
        RecordedHarbour harbour = new RecordedHarbour(recorder, Duration.ZERO,
                CourseKernel.roundsFor(Duration.ofMillis(5)), "computing");

        Burst.Outcome outcome = Harness.burst(harbour, Ship.burst(random, harbour, 0, 0, 2, 0, SOUNDINGS_PER_COURSE));

        BurstAssert.assertThat(outcome).hint(PLOT_ON_A_POOL).plottedOnAPool(recorder);
    }

    @Check(task = 3, kind = Kind.STRUCTURE, points = 3)
    @DisplayName("never blocks on the loop, names the executor of every async stage, pools no virtual threads")
    void followsTheRulesOfTheLoop() {
        var classes = SubmissionClasses.in("eventloop");

        RuleAssert.assertThat(BlockingRules.asyncPathsNeverBlock(AsyncPaths.annotatedWith("NonBlocking")
                        .orPublicMethodsOf("eventloop.Radio")),
                FutureRules.ASYNC_STAGES_NAME_THEIR_EXECUTOR,
                PoolRules.VIRTUAL_THREADS_ARE_NEVER_POOLED).holdsFor(classes);
    }

    /** How many calls of each kind a heartbeat burst makes. */
    private record Calls(int hails, int manifests, int courses, int clearances) {
    }

    /** A warm-up burst of every kind, then a burst of these calls, judged by how late the heartbeat came. */
    private static void keepsTheHeartbeat(String name, Calls calls, String hint) throws InterruptedException {
        RandomGenerator random = Inputs.random(name);
        int rounds = CourseKernel.roundsFor(WAIT.dividedBy(SOUNDINGS_PER_COURSE));
        Harness.burst(new RecordedHarbour(new Recorder(), Duration.ofMillis(10), rounds / 10, "warm-up"),
                Ship.burst(random, new RecordedHarbour(new Recorder(), Duration.ZERO, rounds / 10, "warm-up"),
                        1, 1, 1, 1, SOUNDINGS_PER_COURSE));
        Recorder recorder = new Recorder();
        RecordedHarbour harbour = new RecordedHarbour(recorder, WAIT, rounds, name);
        List<Ship> ships = Ship.burst(random, harbour, calls.hails(), calls.manifests(), calls.courses(),
                calls.clearances(), SOUNDINGS_PER_COURSE);

        Burst.Outcome outcome = Harness.burst(harbour, ships);
        // The same burst with every call's work on the loop, as the starter does it, on a harbour of its own and after
        // the code's burst, so it changes nothing of it: the report draws its heartbeat beside the code's.
        Evidence.record("baseline_heartbeat_lags", Harness.baseline(new RecordedHarbour(new Recorder(), WAIT, rounds,
                name), ships).lags());

        BurstAssert.assertThat(outcome).hint(hint).keptTheHeartbeatWithin(ALLOWED_LAG, WAIT, recorder);
    }

    /** Why the manifests did not all wait at once on virtual threads, from where they ran. */
    private static String waitingStory(Run<?> run) {
        if (run.peakInFlight() == 1 && run.threads().size() > 1) {
            Evidence.finding(Finding.BLOCKS_THE_LOOP);
            return " They ran one after another, each on a thread of its own: the loop waited for each before it"
                    + " started the next, which a join() or get() in the handler does.";
        }
        boolean elsewhere = run.calls().stream()
                .anyMatch(call -> !call.virtual() && !call.thread().equals(Harness.LOOP_THREAD));
        return elsewhere ? Evidence.finding(Finding.PARALLEL_STREAM_FOR_WAITING, " Without an executor, supplyAsync"
                + " runs the wait on the common pool's platform threads, which are sized for computing.") : "";
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
