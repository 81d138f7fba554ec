package dev.overlap.races;

import channels.Channel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A racing select that looks at the first channel itself while a helper thread waits on the second; whichever
 * gets an item first wins, and the helper is interrupted. The race: when both channels hold items, the caller
 * takes the first channel's item while the helper takes the second's, and the helper's item is returned by
 * nobody.
 */
final class HelperThreadSelect {

    private static final Duration TICK = Duration.ofMillis(1);

    private HelperThreadSelect() {
    }

    static <T> Optional<T> receiveEither(Channel<T> first, Channel<T> second, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<Optional<T>> fromSecond = new CompletableFuture<>();
        Thread helper = Thread.ofVirtual().start(() -> {
            try {
                fromSecond.complete(second.receive(timeout));
            } catch (InterruptedException e) {
                fromSecond.complete(Optional.empty());
            }
        });
        try {
            while (true) {
                Optional<T> item = first.receive(Duration.ZERO);
                if (item.isEmpty() && fromSecond.isDone()) {
                    item = fromSecond.join();
                }
                if (item.isPresent() || System.nanoTime() >= deadline) {
                    return item;
                }
                Thread.sleep(TICK);
            }
        } finally {
            helper.interrupt();
        }
    }
}
