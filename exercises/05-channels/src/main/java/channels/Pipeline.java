package channels;

import java.util.Optional;

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
}
