package dev.overlap.races;

import channels.Collector;
import channels.Source;
import channels.Worker;
import java.util.concurrent.Future;

/**
 * The reference pipeline with "Closing results in every worker" of 05's README. The race: the first worker to
 * run out of items closes the results channel while another worker still works on the last item, whose result
 * then cannot be sent.
 */
final class EveryWorkerClosesPipeline {

    private EveryWorkerClosesPipeline() {
    }

    static <T, R> void run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers, int capacity)
            throws Exception {
        for (Future<Void> stage : Stages.run(source, worker, collector, workers, capacity, () -> true, 1)) {
            stage.get();
        }
    }
}
