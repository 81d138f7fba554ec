package channels;

import java.time.Duration;
import java.util.Optional;

/**
 * A pipe between two stages of a program, safe to use from many threads. It holds a few items at most:
 * a sender waits while it is full, a receiver waits while it is empty. Closing it says "nothing more is
 * coming"; receivers still get what is left, then an empty answer.
 */
public interface Channel<T> {

    /**
     * Puts {@code item} in, waiting while the channel is full.
     *
     * @throws IllegalStateException if the channel is closed, before or while waiting
     */
    void send(T item) throws InterruptedException;

    /** The next item, waiting while the channel is empty; empty once the channel is closed and drained. */
    Optional<T> receive() throws InterruptedException;

    /**
     * Like {@link #receive()}, but gives up after {@code timeout} and answers empty. With
     * {@code Duration.ZERO} it only looks: an item if one is there now, empty otherwise.
     */
    Optional<T> receive(Duration timeout) throws InterruptedException;

    /** Nothing more will be sent. Wakes everyone who waits on the channel. Closing twice is harmless. */
    void close();
}
