package dev.overlap.checks.channels;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.measure.Run;
import dev.overlap.workload.pipeline.Job;
import dev.overlap.workload.pipeline.Line;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * What "passes every item through exactly once" plays: random jobs through a pipeline, each item counted at every
 * stage. The check plays it with the submission's pipeline; the kit's own test plays it with pipelines that share
 * the collector between two threads or close the results in every worker, which must fail every time, and with
 * the reference.
 */
public final class DeliveryRounds {

    /**
     * Each job is a full chance for both races: two collector stages both call the collector (the line reports
     * a collector called from two threads, overlapping or not), and a worker that closes the results channel
     * closes it while another worker still holds a result to send, since the last item is still in work when
     * the idle workers see the items channel closed.
     */
    private static final int JOBS = 2;

    private DeliveryRounds() {
    }

    /**
     * Plays every job; fails with an {@link AssertionError} at the first one that went wrong, with the closing hint
     * for what that run threw.
     */
    public static void play(RunsPipeline pipeline, RandomGenerator random, Function<Run<?>, String> closingHint,
                            String stagesHint) {
        for (int round = 0; round < JOBS; round++) {
            Job job = Job.random(random);
            Run<Line> run = Run.of(recorder -> new Line(recorder, job), line -> PipelineApi.run(line, pipeline));

            assertThat(run).hint(closingHint.apply(run)).completed();
            LineAssert.assertThat(run.result()).hint(stagesHint).deliveredEachItemOnce();
        }
    }
}
