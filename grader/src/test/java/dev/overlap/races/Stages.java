package dev.overlap.races;

import channels.BoundedChannel;
import channels.Channel;
import channels.Collector;
import channels.Source;
import channels.Worker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * 05's reference pipeline, its layout and its three stage loops, with the two things the racy pipelines change: when
 * a worker closes the results, and how many collector stages there are.
 */
final class Stages {

    private Stages() {
    }

    /**
     * A producer, {@code workers} workers and {@code collectors} collectors, each on a virtual thread, joined by two
     * channels of {@code capacity}; a worker that ends closes the results if {@code closesResults} says it is its
     * turn. Returns once every stage has ended, with the stages, to read how each ended.
     */
    static <T, R> List<Future<Void>> run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers,
                                         int capacity, BooleanSupplier closesResults, int collectors) {
        Channel<T> items = new BoundedChannel<>(capacity);
        Channel<R> results = new BoundedChannel<>(capacity);
        List<Future<Void>> stages = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            stages.add(executor.submit(() -> produce(source, items)));
            for (int i = 0; i < workers; i++) {
                stages.add(executor.submit(() -> work(items, worker, results, closesResults)));
            }
            for (int i = 0; i < collectors; i++) {
                stages.add(executor.submit(() -> collect(results, collector)));
            }
        }
        return stages;
    }

    private static <T> Void produce(Source<T> source, Channel<T> items) throws InterruptedException {
        try {
            for (Optional<T> item = source.next(); item.isPresent(); item = source.next()) {
                items.send(item.get());
            }
        } finally {
            items.close();
        }
        return null;
    }

    private static <T, R> Void work(Channel<T> items, Worker<T, R> worker, Channel<R> results,
                                    BooleanSupplier closesResults) throws InterruptedException {
        try {
            for (Optional<T> item = items.receive(); item.isPresent(); item = items.receive()) {
                results.send(worker.process(item.get()));
            }
        } catch (InterruptedException | RuntimeException e) {
            items.close();
            throw e;
        } finally {
            if (closesResults.getAsBoolean()) {
                results.close();
            }
        }
        return null;
    }

    private static <R> Void collect(Channel<R> results, Collector<R> collector) throws InterruptedException {
        for (Optional<R> result = results.receive(); result.isPresent(); result = results.receive()) {
            collector.collect(result.get());
        }
        return null;
    }
}
