package dev.overlap.races;

import channels.BoundedChannel;
import channels.Channel;
import channels.Collector;
import channels.Source;
import channels.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        Channel<T> items = new BoundedChannel<>(capacity);
        Channel<R> results = new BoundedChannel<>(capacity);
        List<Future<Void>> stages = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            stages.add(executor.submit(() -> Stages.produce(source, items)));
            for (int i = 0; i < workers; i++) {
                stages.add(executor.submit(() -> Stages.work(items, worker, results, () -> true)));
            }
            stages.add(executor.submit(() -> Stages.collect(results, collector)));
        }
        for (Future<Void> stage : stages) {
            stage.get();
        }
    }
}
