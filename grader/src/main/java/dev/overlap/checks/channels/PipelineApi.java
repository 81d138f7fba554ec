package dev.overlap.checks.channels;

import channels.Collector;
import channels.Pipeline;
import channels.Source;
import channels.Worker;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.workload.pipeline.Job;
import dev.overlap.workload.pipeline.Line;
import java.time.Duration;

/** The exercise's pipeline, run on the grader's instrumented line. */
final class PipelineApi {

    private PipelineApi() {
    }

    /** Runs the submission's pipeline on {@code line} and notes what was left uncollected when it returned. */
    static Line runSubmission(Line line) throws Exception {
        return run(line, Pipeline::run);
    }

    /** Runs {@code pipeline} on {@code line} and notes what was left uncollected when it returned. */
    static Line run(Line line, RunsPipeline pipeline) throws Exception {
        Job job = line.job();
        Source<String> source = line::next;
        Worker<String, String> worker = line::work;
        Collector<String> collector = line::collect;
        try {
            return WithinTime.call(limitFor(job), "the pipeline never ended, though even one item at a time the"
                    + " work takes " + job.sequentialTime().toMillis() + " ms: some stage still waits on a channel"
                    + " that nobody will close", () -> {
                        line.enter();
                        try {
                            pipeline.run(source, worker, collector, job.workers(), job.capacity());
                        } finally {
                            line.leave();
                        }
                        return line;
                    });
        } catch (WithinTime.Stuck stuck) {
            Evidence.finding(Finding.CHANNEL_NEVER_CLOSED);
            throw stuck;
        }
    }

    // Four times the sequential time and at least a second: only a pipeline stuck for good runs out.
    private static Duration limitFor(Job job) {
        Duration fourfold = job.sequentialTime().multipliedBy(4);
        return fourfold.compareTo(Duration.ofSeconds(1)) > 0 ? fourfold : Duration.ofSeconds(1);
    }
}
