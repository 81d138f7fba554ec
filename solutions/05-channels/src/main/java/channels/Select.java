package channels;

import java.time.Duration;
import java.util.Optional;

/**
 * Receiving from whichever of two channels has an item first.
 *
 * <p>Java has no built-in way to wait on two queues at once. This version looks at both without waiting,
 * and if neither has an item, naps for a short tick before looking again, until the deadline. An item is
 * noticed at most one tick after it arrives, and an item is only ever taken by the look that returns it.
 */
public final class Select {

    /** Short against the waits it serves, long enough that looking costs next to nothing. */
    private static final Duration TICK = Duration.ofMillis(1);

    private Select() {
    }

    /**
     * The first item to be ready on either channel, or empty when neither has one within {@code timeout}.
     * It takes at most one item, and never takes an item it does not return.
     */
    public static <T> Optional<T> receiveEither(Channel<T> first, Channel<T> second, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> item = first.receive(Duration.ZERO);
            if (item.isEmpty()) {
                item = second.receive(Duration.ZERO);
            }
            long nanosLeft = deadline - System.nanoTime();
            if (item.isPresent() || nanosLeft <= 0) {
                return item;
            }
            // Waiting on one channel for the whole time would leave the other unwatched.
            Thread.sleep(Duration.ofNanos(Math.min(nanosLeft, TICK.toNanos())));
        }
    }
}
