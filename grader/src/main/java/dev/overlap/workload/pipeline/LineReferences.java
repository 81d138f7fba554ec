package dev.overlap.workload.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** The kit's own ways to run a pipeline job, against which submissions are timed. */
public final class LineReferences {

    private LineReferences() {
    }

    /** The baseline: take an item, work on it, collect it, then the next. */
    public static Line oneAtATime(Line line) throws InterruptedException {
        for (Optional<String> item = line.next(); item.isPresent(); item = line.next()) {
            line.collect(line.work(item.get()));
        }
        return line;
    }

    /**
     * The reference: a producer, the job's workers and a collector, each on a virtual thread, joined by
     * channels of the job's capacity. Each stage closes its output when it is done; the last worker closes
     * the results.
     */
    public static Line staged(Line line) throws Exception {
        Job job = line.job();
        WatchedChannel<String> items = new WatchedChannel<>(job.capacity());
        WatchedChannel<String> results = new WatchedChannel<>(job.capacity());
        AtomicInteger workersLeft = new AtomicInteger(job.workers());
        List<Future<?>> stages = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            stages.add(executor.submit(() -> produce(line, items)));
            for (int i = 0; i < job.workers(); i++) {
                stages.add(executor.submit(() -> work(line, items, results, workersLeft)));
            }
            stages.add(executor.submit(() -> collect(line, results)));
        }
        for (Future<?> stage : stages) {
            stage.get();
        }
        return line;
    }

    private static Void produce(Line line, WatchedChannel<String> items) throws InterruptedException {
        try {
            for (Optional<String> item = line.next(); item.isPresent(); item = line.next()) {
                items.send(item.get());
            }
        } finally {
            items.close();
        }
        return null;
    }

    private static Void work(Line line, WatchedChannel<String> items, WatchedChannel<String> results,
                             AtomicInteger workersLeft) throws InterruptedException {
        try {
            for (Optional<String> item = items.receive(); item.isPresent(); item = items.receive()) {
                results.send(line.work(item.get()));
            }
        } catch (InterruptedException | RuntimeException e) {
            items.close();
            throw e;
        } finally {
            if (workersLeft.decrementAndGet() == 0) {
                results.close();
            }
        }
        return null;
    }

    private static Void collect(Line line, WatchedChannel<String> results) throws InterruptedException {
        try {
            for (Optional<String> result = results.receive(); result.isPresent(); result = results.receive()) {
                line.collect(result.get());
            }
        } catch (InterruptedException | RuntimeException e) {
            results.close();
            throw e;
        }
        return null;
    }
}
