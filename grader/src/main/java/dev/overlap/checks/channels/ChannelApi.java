package dev.overlap.checks.channels;

import channels.Channel;
import dev.overlap.workload.pipeline.WatchedChannel;
import java.time.Duration;
import java.util.Optional;

/**
 * The exercise's {@link Channel}, backed by the grader's watched channel; every answer to a receive goes
 * through {@code handOut} before the receiver gets it.
 */
record ChannelApi<T>(WatchedChannel<T> watched, HandOut<T> handOut) implements Channel<T> {

    /** What happens between taking an answer from the channel and giving it to the receiver. */
    @FunctionalInterface
    interface HandOut<T> {
        Optional<T> give(Optional<T> answer);
    }

    @Override
    public void send(T item) throws InterruptedException {
        watched.send(item);
    }

    @Override
    public Optional<T> receive() throws InterruptedException {
        return handOut.give(watched.receive());
    }

    @Override
    public Optional<T> receive(Duration timeout) throws InterruptedException {
        return handOut.give(watched.receive(timeout));
    }

    @Override
    public void close() {
        watched.close();
    }
}
