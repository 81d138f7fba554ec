package dev.overlap.checks.channels;

import channels.Channel;
import dev.overlap.workload.pipeline.WatchedChannel;
import java.time.Duration;
import java.util.Optional;

/** The exercise's {@link Channel}, backed by the grader's watched channel. */
record ChannelApi<T>(WatchedChannel<T> watched) implements Channel<T> {

    @Override
    public void send(T item) throws InterruptedException {
        watched.send(item);
    }

    @Override
    public Optional<T> receive() throws InterruptedException {
        return watched.receive();
    }

    @Override
    public Optional<T> receive(Duration timeout) throws InterruptedException {
        return watched.receive(timeout);
    }

    @Override
    public void close() {
        watched.close();
    }
}
