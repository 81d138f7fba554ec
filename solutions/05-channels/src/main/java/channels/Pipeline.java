package channels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A producer, a crew of workers and a collector, each on a virtual thread of its own, joined by two
 * bounded channels: source -> items -> workers -> results -> collector.
 *
 * <p>The workers overlap their waits, so twelve pages of 50 ms with four workers take about 150 ms. The
 * channels are small on purpose: a producer that gets ahead waits for room, so the work in progress
 * never grows beyond what the channels and the stages' hands can hold. That is backpressure.
 *
 * <p>Closing is how the stages end. The producer closes the items channel after the last item; each
 * worker stops when that channel is closed and empty; the last worker to stop closes the results
 * channel; the collector stops when that one is closed and empty.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Processes every item of {@code source} once with {@code worker}, {@code workers} at a time, and hands
     * each result to {@code collector}; returns when every result is collected.
     */
    public static <T, R> void run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers,
                                  int capacity) throws Exception {
        Channel<T> items = new BoundedChannel<>(capacity);
        Channel<R> results = new BoundedChannel<>(capacity);
        AtomicInteger workersLeft = new AtomicInteger(workers);
        List<Future<?>> stages = new ArrayList<>();
        // Closing the executor waits for every stage, so no stage outlives this method.
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            stages.add(executor.submit(() -> produce(source, items)));
            for (int i = 0; i < workers; i++) {
                stages.add(executor.submit(() -> work(items, worker, results, workersLeft)));
            }
            stages.add(executor.submit(() -> collect(results, collector)));
        }
        for (Future<?> stage : stages) {
            rethrowFailureOf(stage);
        }
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
                                    AtomicInteger workersLeft) throws InterruptedException {
        try {
            for (Optional<T> item = items.receive(); item.isPresent(); item = items.receive()) {
                results.send(worker.process(item.get()));
            }
        } catch (InterruptedException | RuntimeException e) {
            // A failed worker closes its input too, so a producer blocked on a full channel gives up.
            items.close();
            throw e;
        } finally {
            // Other workers may still send results: only the last one closes the channel.
            if (workersLeft.decrementAndGet() == 0) {
                results.close();
            }
        }
        return null;
    }

    private static <R> Void collect(Channel<R> results, Collector<R> collector) throws InterruptedException {
        try {
            for (Optional<R> result = results.receive(); result.isPresent(); result = results.receive()) {
                collector.collect(result.get());
            }
        } catch (InterruptedException | RuntimeException e) {
            results.close();
            throw e;
        }
        return null;
    }

    private static void rethrowFailureOf(Future<?> stage) throws Exception {
        try {
            stage.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
