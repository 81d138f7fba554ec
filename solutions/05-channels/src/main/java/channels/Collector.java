package channels;

/** Where the results end up. It is not thread-safe: only one thread, the collector stage, may call it. */
public interface Collector<R> {

    void collect(R result) throws InterruptedException;
}
