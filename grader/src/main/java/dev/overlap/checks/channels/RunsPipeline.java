package dev.overlap.checks.channels;

import channels.Collector;
import channels.Source;
import channels.Worker;

/**
 * A pipeline under test: the submission's {@code Pipeline::run} when grading, a kit test's own version when the
 * kit proves that its scenario catches a pipeline with a race.
 */
@FunctionalInterface
public interface RunsPipeline {

    void run(Source<String> source, Worker<String, String> worker, Collector<String> collector, int workers,
             int capacity) throws Exception;
}
