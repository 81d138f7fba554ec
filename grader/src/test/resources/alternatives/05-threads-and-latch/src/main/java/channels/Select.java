package channels;

import java.time.Duration;
import java.util.Optional;

/**
 * Receiving from whichever of two channels has an item first.
 *
 * <p>Each round looks at the second channel without waiting, then waits on the first for one short tick.
 * That tick is the nap between two looks, spent where it is useful: an item on the first channel is taken
 * the moment it arrives, one on the second at most a tick later. Only the look that returns an item ever
 * takes one.
 */
public final class Select {

    private static final long TICK_NANOS = Duration.ofMillis(1).toNanos();

    private Select() {
    }

    public static <T> Optional<T> receiveEither(Channel<T> first, Channel<T> second, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> item = second.receive(Duration.ZERO);
            if (item.isPresent()) {
                return item;
            }
            long nanosLeft = deadline - System.nanoTime();
            // Never wait longer than a tick on one channel: the other would go unwatched meanwhile.
            item = first.receive(Duration.ofNanos(Math.clamp(nanosLeft, 0, TICK_NANOS)));
            if (item.isPresent() || nanosLeft <= 0) {
                return item;
            }
        }
    }
}
