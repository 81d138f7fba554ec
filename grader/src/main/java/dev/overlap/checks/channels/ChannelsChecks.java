package dev.overlap.checks.channels;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import channels.Pipeline;
import channels.Select;
import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Run;
import dev.overlap.measure.ThreadOrigins;
import dev.overlap.measure.Trial;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.pipeline.Job;
import dev.overlap.workload.pipeline.Line;
import dev.overlap.workload.pipeline.LineReferences;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;

@Exercise(id = "05-channels", timeoutSeconds = 60)
@DisplayName("05 channels: a pipeline of stages joined by bounded channels")
class ChannelsChecks {

    private static final String STAGES = """
            Run the producer, each worker and the collector on virtual threads of their own, joined by two \
            BoundedChannels of the given capacity.""";
    private static final String BOUNDED = """
            Give every channel the capacity you were given: a BoundedChannel or an ArrayBlockingQueue, never an \
            unbounded queue.""";
    private static final String CLOSING = """
            Close each channel once its last sender is done: the producer after the last item, the last worker after \
            its last result.""";
    private static final String WATCH_BOTH = """
            Look at both channels without waiting, then nap a short tick and look again until the deadline; never wait \
            out one channel while the other has an item.""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("passes every item of random jobs through a worker and on to the collector exactly once")
    void deliversEveryItemOnce() {
        DeliveryRounds.play(Pipeline::run, Inputs.random("jobs"), ChannelsChecks::closingHint, STAGES);
    }

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("never lets more pile up between two stages than its channels can hold (backpressure)")
    void keepsBackpressure() {
        // A producer that never waits and a collector slower than the workers: unbounded queues would fill up.
        Job job = Job.uniform(30, Duration.ofMillis(6), Duration.ofMillis(4), 3, 2);
        Run<Line> run = Run.of(recorder -> new Line(recorder, job), PipelineApi::runSubmission);

        assertThat(run).hint(closingHint(run)).completed();
        LineAssert.assertThat(run.result()).hint(BOUNDED).deliveredEachItemOnce().keptBackpressure();
    }

    @Check(task = 2, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("ends by itself once every item is through, leaving no stage thread behind")
    void endsByItself() {
        Job job = Job.uniform(10, Duration.ofMillis(3), Duration.ZERO, 3, 1);
        Run<Line> run = Run.of(recorder -> new Line(recorder, job), PipelineApi::runSubmission);

        assertThat(run).hint(closingHint(run)).completed();
        // Whether each item went through once, to one collector, is task 1's business: here, only that all did.
        LineAssert.assertThat(run.result()).hint(CLOSING).finishedEveryItem().stageThreadsEnded(Duration.ofSeconds(1));
    }

    @Check(task = 3, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("select takes items from either channel in order, loses none, and gives up only at its timeout")
    void selectLosesNothing() throws Exception {
        SelectAssert.assertThat(Select::receiveEither).hint(WATCH_BOTH).losesNothing(Inputs.random("select"));
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("keeps as many items in work at once as it has workers, each worker on a virtual thread")
    void keepsEveryWorkerBusy() {
        Job job = Job.uniform(12, Duration.ofMillis(20), Duration.ofMillis(1), 4, 2);
        Run<Line> run = Run.of(recorder -> new Line(recorder, job), PipelineApi::runSubmission);

        assertThat(run).hint(ThreadOrigins.story(run) + STAGES).completed().peakInFlight(job.workers())
                .onVirtualThreads();
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("runs the producer, the workers and the collector at the same time")
    void runsStagesAtOnce() {
        Job job = Job.uniform(12, Duration.ofMillis(10), Duration.ofMillis(2), 3, 2);
        Run<Line> run = Run.of(recorder -> new Line(recorder, job), PipelineApi::runSubmission);

        assertThat(run).hint(STAGES).completed();
        LineAssert.assertThat(run.result()).hint(STAGES).stagesOverlapped();
    }

    @Check(task = 3, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("select answers as soon as either channel has an item, without waiting out the other")
    void selectAnswersFromWhicheverIsReady() throws Exception {
        SelectAssert.assertThat(Select::receiveEither).hint(WATCH_BOTH)
                .answersFromWhicheverIsReady(Duration.ofMillis(30), Duration.ofMillis(300));
    }

    @Check(task = 1, kind = Kind.SPEEDUP, points = 3)
    @DisplayName("finishes in about the workers' share of the work, not the sum of every item")
    void finishesNearTheWorkersShare() {
        Job job = Job.uniform(16, Duration.ofMillis(15), Duration.ZERO, 4, 2);
        Trial<Line> trial = Trial.of(recorder -> new Line(recorder, job))
                .baseline(LineReferences::oneAtATime)
                .reference(LineReferences::staged)
                .submission(PipelineApi::runSubmission)
                // A pipeline that loses or repeats items does not count, however fast it was.
                .checkedBy((line, run) -> {
                    assertThat(run).hint(STAGES).completed();
                    LineAssert.assertThat(line).hint(STAGES).deliveredEachItemOnce();
                })
                .warmups(1)
                .rounds(3);

        assertThat(trial).hint(STAGES).finishesNearLowerBound(job.lowerBound(), job.sequentialTime());
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 2)
    @DisplayName("runs its stages on virtual threads and never pools threads")
    void stagesOnVirtualThreadsWithoutPools() {
        RuleAssert.assertThat(ThreadRules.A_VIRTUAL_THREAD_PER_TASK).holdsFor(SubmissionClasses.in("channels"));
    }

    /**
     * What to try when the pipeline threw: a send into a closed channel is the mark of a results channel closed by
     * the first worker to finish while the others still had results to send.
     */
    private static String closingHint(Run<?> run) {
        for (Throwable cause = run.failure().orElse(null); cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("is closed")) {
                Evidence.finding(Finding.CHANNEL_CLOSED_EARLY);
                return "A stage sent into a channel that was already closed: a channel may be closed only once its"
                        + " last sender is done. When every worker closes the results channel as it finishes, the"
                        + " first one to finish closes it while the others still have results to send; only the last"
                        + " worker to finish may close it (count the workers still at work with an AtomicInteger).";
            }
        }
        return CLOSING;
    }
}
