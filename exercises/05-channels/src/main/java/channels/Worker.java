package channels;

/** The slow part of the pipeline. It mostly waits (on the network, a disk), and is safe to call from many threads. */
public interface Worker<T, R> {

    R process(T item) throws InterruptedException;
}
