package channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A producer, a crew of workers and a collector, each on a virtual thread started by hand, joined by two
 * bounded channels: source -> items -> workers -> results -> collector.
 *
 * <p>The caller of {@link #run} coordinates the ending. The producer closes {@code items} after the last
 * item; each worker counts a latch down when it stops; once every worker has stopped, the caller closes
 * {@code results}, and the collector stops when that channel is drained. Nobody has to work out whether
 * they are the last worker: the latch knows.
 */
public final class Pipeline {

    private Pipeline() {
    }

    public static <T, R> void run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers,
                                  int capacity) throws Exception {
        Channel<T> items = new BoundedChannel<>(capacity);
        Channel<R> results = new BoundedChannel<>(capacity);
        CountDownLatch workersAtWork = new CountDownLatch(workers);
        Queue<Exception> failures = new ConcurrentLinkedQueue<>();

        List<Thread> stages = new ArrayList<>();
        stages.add(stage("producer", failures, () -> produce(source, items)));
        for (int i = 0; i < workers; i++) {
            stages.add(stage("worker " + i, failures, () -> work(items, worker, results, workersAtWork)));
        }
        stages.add(stage("collector", failures, () -> collect(results, collector)));

        try {
            // Only when no worker can send any more is it safe to say "nothing more is coming".
            workersAtWork.await();
            results.close();
            for (Thread stage : stages) {
                stage.join();
            }
        } catch (InterruptedException e) {
            // Whoever called run() wants it to stop: stop every stage too, and let them know why.
            stages.forEach(Thread::interrupt);
            throw e;
        }
        if (!failures.isEmpty()) {
            throw failures.peek();
        }
    }

    /** The body of one stage: a loop that may be interrupted or fail. */
    private interface Stage {
        void run() throws InterruptedException;
    }

    private static Thread stage(String name, Queue<Exception> failures, Stage body) {
        return Thread.ofVirtual().name(name).start(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(e);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        });
    }

    private static <T> void produce(Source<T> source, Channel<T> items) throws InterruptedException {
        try {
            for (Optional<T> item = source.next(); item.isPresent(); item = source.next()) {
                items.send(item.get());
            }
        } finally {
            items.close();
        }
    }

    private static <T, R> void work(Channel<T> items, Worker<T, R> worker, Channel<R> results,
                                    CountDownLatch workersAtWork) throws InterruptedException {
        try {
            for (Optional<T> item = items.receive(); item.isPresent(); item = items.receive()) {
                results.send(worker.process(item.get()));
            }
        } catch (InterruptedException | RuntimeException e) {
            // A worker that fails closes its input, so a producer waiting for room gives up instead of waiting forever.
            items.close();
            throw e;
        } finally {
            workersAtWork.countDown();
        }
    }

    private static <R> void collect(Channel<R> results, Collector<R> collector) throws InterruptedException {
        try {
            for (Optional<R> result = results.receive(); result.isPresent(); result = results.receive()) {
                collector.collect(result.get());
            }
        } catch (InterruptedException | RuntimeException e) {
            // With nobody collecting, workers waiting for room must give up too.
            results.close();
            throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            addresses.add("https://example.org/page/" + i);
        }
        AtomicInteger next = new AtomicInteger();
        Source<String> source = () -> next.get() < addresses.size()
                ? Optional.of(addresses.get(next.getAndIncrement())) : Optional.empty();
        Worker<String, String> fetcher = address -> {
            Thread.sleep(Duration.ofMillis(50));
            return "<html>" + address + "</html>";
        };
        List<String> index = new ArrayList<>();

        long start = System.nanoTime();
        run(source, fetcher, index::add, 4, 2);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println("Indexed " + index.size() + " pages in " + elapsedMillis + " ms");
    }
}
