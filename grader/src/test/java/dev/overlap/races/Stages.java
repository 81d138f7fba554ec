package dev.overlap.races;

import channels.Channel;
import channels.Collector;
import channels.Source;
import channels.Worker;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The three stage loops of 05's reference pipeline, for the racy pipelines to put together in their own way. */
final class Stages {

    private Stages() {
    }

    static <T> Void produce(Source<T> source, Channel<T> items) throws InterruptedException {
        try {
            for (Optional<T> item = source.next(); item.isPresent(); item = source.next()) {
                items.send(item.get());
            }
        } finally {
            items.close();
        }
        return null;
    }

    /** A worker's loop; when it ends, it closes the results if {@code closesResults} says it is its turn. */
    static <T, R> Void work(Channel<T> items, Worker<T, R> worker, Channel<R> results, BooleanSupplier closesResults)
            throws InterruptedException {
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

    static <R> Void collect(Channel<R> results, Collector<R> collector) throws InterruptedException {
        for (Optional<R> result = results.receive(); result.isPresent(); result = results.receive()) {
            collector.collect(result.get());
        }
        return null;
    }
}
