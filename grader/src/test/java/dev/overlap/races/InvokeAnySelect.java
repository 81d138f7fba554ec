package dev.overlap.races;

import channels.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A racing select built on {@code invokeAny}, the "first good answer wins" of exercise 06: one task receives from
 * each channel. The race: when both channels hold items, both tasks take one; invokeAny returns one of them, and
 * the other item, already taken from its channel, is returned by nobody.
 */
final class InvokeAnySelect {

    private InvokeAnySelect() {
    }

    static <T> Optional<T> receiveEither(Channel<T> first, Channel<T> second, Duration timeout)
            throws InterruptedException {
        try (ExecutorService listeners = Executors.newVirtualThreadPerTaskExecutor()) {
            return Optional.of(listeners.invokeAny(List.of(() -> taken(first, timeout), () -> taken(second, timeout)),
                    timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private static <T> T taken(Channel<T> channel, Duration timeout) throws InterruptedException {
        return channel.receive(timeout).orElseThrow();
    }
}
