package channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A producer, a crew of workers and a collector as CompletableFutures, each stage on a virtual thread of its
 * own, joined by two bounded channels: source -> items -> workers -> results -> collector.
 *
 * <p>Who closes the results channel is said by composition rather than by counting: the future of "all
 * workers done" closes it when it completes, which happens exactly once, after the last worker stopped,
 * whether the workers succeeded or failed.
 */
public final class Pipeline {

    private Pipeline() {
    }

    public static <T, R> void run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers,
                                  int capacity) throws Exception {
        Channel<T> items = new BoundedChannel<>(capacity);
        Channel<R> results = new BoundedChannel<>(capacity);
        // Closing the executor waits for every stage's thread, so no stage outlives this method.
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Void> producer = CompletableFuture.runAsync(() -> produce(source, items), virtualThreads);
            List<CompletableFuture<Void>> crew = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                crew.add(CompletableFuture.runAsync(() -> work(items, worker, results), virtualThreads));
            }
            CompletableFuture<Void> allWorkersDone = CompletableFuture.allOf(crew.toArray(CompletableFuture<?>[]::new))
                    .whenComplete((done, failure) -> results.close());
            CompletableFuture<Void> collecting = CompletableFuture.runAsync(() -> collect(results, collector),
                    virtualThreads);

            CompletableFuture.allOf(producer, allWorkersDone, collecting).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static <T> void produce(Source<T> source, Channel<T> items) {
        try {
            for (Optional<T> item = source.next(); item.isPresent(); item = source.next()) {
                items.send(item.get());
            }
        } catch (InterruptedException e) {
            throw interrupted(e);
        } finally {
            items.close();
        }
    }

    private static <T, R> void work(Channel<T> items, Worker<T, R> worker, Channel<R> results) {
        try {
            for (Optional<T> item = items.receive(); item.isPresent(); item = items.receive()) {
                results.send(worker.process(item.get()));
            }
        } catch (InterruptedException e) {
            items.close();
            throw interrupted(e);
        } catch (RuntimeException e) {
            // A failed worker closes its input too, so a producer waiting for room gives up.
            items.close();
            throw e;
        }
    }

    private static <R> void collect(Channel<R> results, Collector<R> collector) {
        try {
            for (Optional<R> result = results.receive(); result.isPresent(); result = results.receive()) {
                collector.collect(result.get());
            }
        } catch (InterruptedException e) {
            results.close();
            throw interrupted(e);
        } catch (RuntimeException e) {
            // With nobody collecting, workers waiting for room must give up too.
            results.close();
            throw e;
        }
    }

    /** A Runnable cannot throw InterruptedException: keep the flag up and carry it out in the future's failure. */
    private static CompletionException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new CompletionException(e);
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
