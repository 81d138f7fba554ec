package dev.overlap.checks.threetasks;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.measure.RunAssert;
import dev.overlap.measure.ThreadOrigins;
import dev.overlap.measure.Trial;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.WaitingReferences;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import threetasks.ThreeTasks;

@Exercise(id = "01-three-tasks", timeoutSeconds = 60)
@DisplayName("01 three tasks: waits that overlap")
class ThreeTasksChecks {

    /**
     * The README's story at half length: A waits 150 ms, B 50 ms, C 100 ms; 300 ms in a row, 150 ms overlapped. Only
     * the ratios matter to the verdict, and half the length halves a learner's wait for the timed check; the bar's
     * margin stays well above a sleep's lateness (a millisecond or two, even with the other core busy).
     */
    private static final List<Duration> STORY = List.of(
            Duration.ofMillis(150), Duration.ofMillis(50), Duration.ofMillis(100));

    private static final String START_EACH = """
            Start every task on its own virtual thread before you wait for any of them: one loop that starts them all, \
            then one that collects the results (a get() or join() in the first loop waits for each task in turn). \
            Executors.newVirtualThreadPerTaskExecutor() gives every task a new virtual thread.""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("runs every task exactly once and returns the results in task order")
    void runsEveryTaskOnceInOrder() {
        RandomGenerator random = Inputs.random("order");
        // Any number of tasks with random results, and the longest wait not always first: a run that
        // returns in the order tasks finish, or assumes three tasks, gets it wrong.
        int count = random.nextInt(4, 9);
        List<Duration> latencies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            latencies.add(Duration.ofMillis(random.nextInt(5, 60)));
        }
        List<String> results = latencies.stream().map(latency -> token(random)).toList();
        List<String> labels = latencies.stream().map(latency -> token(random)).toList();

        Run<List<String>> run = Run.of(recorder -> tasks(recorder, labels, latencies, results),
                ThreeTasksChecks::runAll);

        didEveryTaskOnce(labels, results, assertThat(run));
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("has all three tasks in flight at the same time")
    void hasAllThreeInFlight() {
        Run<List<String>> run = Run.of(recorder -> storyTasks(recorder, STORY, Inputs.random("in flight")),
                ThreeTasksChecks::runAll);

        assertThat(run).hint(ThreadOrigins.story(run) + START_EACH).completed().peakInFlight(3);
    }

    // Virtual threads and the right shape count only when the tasks really overlapped: starting a thread per
    // task and joining each at once uses both and is still sequential.
    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2, requires = "hasAllThreeInFlight")
    @DisplayName("runs every task on a virtual thread")
    void runsOnVirtualThreads() {
        Run<List<String>> run = Run.of(recorder -> storyTasks(recorder, STORY, Inputs.random("virtual")),
                ThreeTasksChecks::runAll);

        assertThat(run).hint(ThreadOrigins.story(run) + START_EACH).completed().onVirtualThreads();
    }

    @Check(task = 1, kind = Kind.SPEEDUP, points = 4)
    @DisplayName("finishes in about the time of the longest task, not the sum of all three")
    void finishesInAboutTheLongestTask() {
        RandomGenerator random = Inputs.random("speed");
        List<Duration> latencies = shuffledLongestLast(STORY, random);
        Trial<List<WaitingTask>> trial = Trial.of(recorder -> storyTasks(recorder, latencies, random))
                .baseline(WaitingReferences::oneAfterAnother)
                .reference(WaitingReferences::allAtOnce)
                .submission(ThreeTasksChecks::runAll)
                .checkedBy((tasks, run) -> didEveryTaskOnce(tasks.stream().map(WaitingTask::label).toList(),
                        tasks.stream().map(WaitingTask::result).toList(), assertThat(run)))
                .warmups(1)
                .rounds(3);

        assertThat(trial).hint(START_EACH)
                .finishesNearCriticalPath(longest(STORY), STORY.stream().reduce(Duration.ZERO, Duration::plus));
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 2, requires = "hasAllThreeInFlight")
    @DisplayName("starts its tasks on virtual threads and never pools threads")
    void startsVirtualThreadsWithoutPools() {
        RuleAssert.assertThat(ThreadRules.A_VIRTUAL_THREAD_PER_TASK).holdsFor(SubmissionClasses.in("threetasks"));
    }

    /**
     * The one place every check calls the submission from, through the kit's harness: a correctness run, a
     * warm-up and a timed round look the same from inside, down to the stack.
     */
    private static List<String> runAll(List<WaitingTask> tasks) throws Exception {
        return ThreeTasks.runAll(List.copyOf(tasks));
    }

    /** Every task ran exactly once and its result is in its place, whatever order the tasks finished in. */
    private static void didEveryTaskOnce(List<String> labels, List<String> results, RunAssert run) {
        run.hint("Return result i for task i, whatever order the tasks finish in.")
                .completed()
                .ranEachCallOnce(labels)
                .returned(results);
    }

    /**
     * The story's waits with labels and results drawn anew for every run, so no answer carries over. Reports call
     * each by its name in the story, A, B or C, which the code under test never sees.
     */
    private static List<WaitingTask> storyTasks(Recorder recorder, List<Duration> latencies, RandomGenerator random) {
        List<WaitingTask> tasks = tasks(recorder, latencies.stream().map(latency -> token(random)).toList(),
                latencies, latencies.stream().map(latency -> token(random)).toList());
        tasks.forEach(task -> recorder.nameInReports(task.label(),
                "task " + (char) ('A' + STORY.indexOf(task.latency()))));
        return tasks;
    }

    private static List<WaitingTask> tasks(Recorder recorder, List<String> labels, List<Duration> latencies,
                                           List<String> results) {
        List<WaitingTask> tasks = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            tasks.add(new WaitingTask(recorder, labels.get(i), latencies.get(i), results.get(i)));
        }
        return tasks;
    }

    /**
     * The waits in a random order, the longest last. A pool of two threads then starts the longest only when a shorter
     * one has ended: 200 ms at best, more than the 187.5 ms theory allows. With the longest first or second, such a
     * pool would finish in 150 ms and pass for all three at once.
     */
    private static List<Duration> shuffledLongestLast(List<Duration> latencies, RandomGenerator random) {
        List<Duration> copy = new ArrayList<>(latencies);
        Duration longest = longest(latencies);
        copy.remove(longest);
        Collections.shuffle(copy, random);
        copy.add(longest);
        return copy;
    }

    private static Duration longest(List<Duration> latencies) {
        return latencies.stream().max(Duration::compareTo).orElseThrow();
    }

    private static String token(RandomGenerator random) {
        return HexFormat.of().toHexDigits(random.nextInt());
    }
}
