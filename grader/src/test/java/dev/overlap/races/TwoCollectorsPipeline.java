package dev.overlap.races;

import channels.BoundedChannel;
import channels.Channel;
import channels.Collector;
import channels.Source;
import channels.Worker;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reference pipeline with two collector stages, "Two collectors" of 05's README. The race: both stages call
 * the collector, which is not thread-safe, from threads of their own, with nothing that orders their calls.
 */
final class TwoCollectorsPipeline {

    private TwoCollectorsPipeline() {
    }

    static <T, R> void run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers, int capacity)
            throws Exception {
        Channel<T> items = new BoundedChannel<>(capacity);
        Channel<R> results = new BoundedChannel<>(capacity);
        AtomicInteger workersLeft = new AtomicInteger(workers);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            executor.submit(() -> Stages.produce(source, items));
            for (int i = 0; i < workers; i++) {
                executor.submit(() -> Stages.work(items, worker, results,
                        () -> workersLeft.decrementAndGet() == 0));
            }
            for (int i = 0; i < 2; i++) {
                executor.submit(() -> Stages.collect(results, collector));
            }
        }
    }
}
