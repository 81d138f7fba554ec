package dev.overlap.races;

import channels.Collector;
import channels.Source;
import channels.Worker;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference pipeline with two collector stages, "Two collectors" of 05's README. The race: both stages call
 * the collector, which is not thread-safe, from threads of their own, with nothing that orders their calls.
 */
final class TwoCollectorsPipeline {

    private TwoCollectorsPipeline() {
    }

    static <T, R> void run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers, int capacity) {
        AtomicInteger workersLeft = new AtomicInteger(workers);
        Stages.run(source, worker, collector, workers, capacity, () -> workersLeft.decrementAndGet() == 0, 2);
    }
}
