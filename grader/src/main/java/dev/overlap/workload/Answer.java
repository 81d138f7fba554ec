package dev.overlap.workload;

import java.time.Duration;
import java.util.Optional;

/**
 * What one client of a swarm got for its line: the reply, or why there was none, and when.
 *
 * @param startNanos    {@link System#nanoTime()} when the client began (before it connected, for a first line)
 * @param answeredNanos when the reply arrived, or when the client gave up
 */
public record Answer(int client, String line, Optional<String> reply, Optional<String> problem, long startNanos,
                     long answeredNanos) {

    public boolean answered() {
        return reply.isPresent();
    }

    public Duration latency() {
        return Duration.ofNanos(answeredNanos - startNanos);
    }
}
