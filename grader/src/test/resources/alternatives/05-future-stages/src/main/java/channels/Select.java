package channels;

import java.time.Duration;
import java.util.Optional;

/**
 * Receiving from whichever of two channels has an item first.
 *
 * <p>Each round looks at one channel without waiting, then waits a short tick on the other; the next
 * round swaps them. Neither channel is always looked at first, and neither ever goes unwatched for
 * longer than a tick. Only the look that returns an item takes one.
 */
public final class Select {

    private static final long TICK_NANOS = Duration.ofMillis(1).toNanos();

    private Select() {
    }

    public static <T> Optional<T> receiveEither(Channel<T> first, Channel<T> second, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Channel<T> glance = first;
        Channel<T> watch = second;
        while (true) {
            Optional<T> item = glance.receive(Duration.ZERO);
            if (item.isPresent()) {
                return item;
            }
            long nanosLeft = deadline - System.nanoTime();
            item = watch.receive(Duration.ofNanos(Math.clamp(nanosLeft, 0, TICK_NANOS)));
            if (item.isPresent() || nanosLeft <= 0) {
                return item;
            }
            // Take turns, so that a busy channel never starves the other.
            Channel<T> swap = glance;
            glance = watch;
            watch = swap;
        }
    }
}
