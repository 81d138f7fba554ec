package channels;

import java.time.Duration;
import java.util.Optional;

/** Receiving from whichever of two channels has an item first. */
public final class Select {

    private Select() {
    }

    /**
     * The first item to be ready on either channel, or empty when neither has one within {@code timeout}.
     * It takes at most one item, and never takes an item it does not return.
     *
     * <p>The grader calls this method with its own channels, so keep its signature as it is.
     */
    public static <T> Optional<T> receiveEither(Channel<T> first, Channel<T> second, Duration timeout)
            throws InterruptedException {
        // TODO(task 3): while this waits on the first channel, an item on the second one sits there
        //  unnoticed until the whole timeout has passed.
        Optional<T> item = first.receive(timeout);
        return item.isPresent() ? item : second.receive(Duration.ZERO);
    }
}
