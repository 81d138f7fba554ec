package channels;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Receiving from whichever of two channels has an item first.
 *
 * <p>Java has no built-in way to wait on two queues at once. This version looks at both without waiting,
 * and if neither has an item, naps for a short tick before looking again, until the deadline. An item is
 * noticed at most one tick after it arrives, and an item is only ever taken by the look that returns it.
 */
public final class Select {

    private Select() {
    }

    /**
     * The first item to be ready on either channel, or empty when neither has one within {@code timeout}.
     * It takes at most one item, and never takes an item it does not return.
     */
    public static <T> Optional<T> receiveEither(Channel<T> firstChannel, Channel<T> secondChannel, Duration timeout)
            throws InterruptedException {
        // One thread per channel; whichever receives an item first answers.
        CompletableFuture<Optional<T>> first = new CompletableFuture<>();
        Thread one = Thread.ofVirtual().start(() -> race(firstChannel, timeout, first));
        Thread two = Thread.ofVirtual().start(() -> race(secondChannel, timeout, first));
        try {
            return first.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } finally {
            one.interrupt();
            two.interrupt();
        }
    }

    private static <T> void race(Channel<T> channel, Duration timeout, CompletableFuture<Optional<T>> winner) {
        try {
            channel.receive(timeout).ifPresent(item -> winner.complete(Optional.of(item)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
