package dev.overlap.races;

import channels.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The racing select of issue 15: one listener thread per channel, and the first to get an item completes the
 * answer; the other listener is interrupted. The race: when both channels hold items, both listeners take one,
 * and the loser's item, already taken from its channel, is returned by nobody.
 */
final class FirstToFinishSelect {

    private FirstToFinishSelect() {
    }

    static <T> Optional<T> receiveEither(Channel<T> first, Channel<T> second, Duration timeout)
            throws InterruptedException {
        CompletableFuture<Optional<T>> answer = new CompletableFuture<>();
        AtomicInteger emptyHanded = new AtomicInteger();
        List<Thread> listeners = List.of(first, second).stream()
                .map(channel -> Thread.ofVirtual().start(() -> listen(channel, timeout, answer, emptyHanded)))
                .toList();
        try {
            return answer.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            listeners.forEach(Thread::interrupt);
        }
    }

    private static <T> void listen(Channel<T> channel, Duration timeout, CompletableFuture<Optional<T>> answer,
                                   AtomicInteger emptyHanded) {
        try {
            Optional<T> item = channel.receive(timeout);
            if (item.isPresent()) {
                answer.complete(item);
            } else if (emptyHanded.incrementAndGet() == 2) {
                answer.complete(Optional.empty());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
