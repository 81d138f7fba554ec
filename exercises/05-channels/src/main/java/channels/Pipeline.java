package channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Moves items from a source, through a slow worker, to a collector, one item at a time.
 *
 * <p>It is correct, and while the worker waits on the network for one page, nothing else happens: no
 * other page is fetched, nothing is filed. Twelve pages of 50 ms take 600 ms.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Processes every item of {@code source} once with {@code worker} and hands each result to
     * {@code collector}; returns when every result is collected.
     *
     * <p>The grader calls this method with its own stages, so keep its signature as it is.
     *
     * @param workers  how many items may be processed at the same time
     * @param capacity the most items any channel between two stages may hold
     */
    public static <T, R> void run(Source<T> source, Worker<T, R> worker, Collector<R> collector, int workers,
                                  int capacity) throws Exception {
        // TODO(task 1): a producer, `workers` workers and a collector, each on a virtual thread, joined by
        //  channels that hold at most `capacity` items.
        // TODO(task 2): close each channel when its senders are done, so every stage ends by itself.
        for (Optional<T> item = source.next(); item.isPresent(); item = source.next()) {
            R result = worker.process(item.get());
            collector.collect(result);
        }
    }

    /** Run this from your IDE: it "fetches" twelve pages and says how long it took. */
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
