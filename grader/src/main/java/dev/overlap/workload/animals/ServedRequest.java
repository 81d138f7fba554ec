package dev.overlap.workload.animals;

import java.time.Duration;

/**
 * One request as the Animals API saw it. Times are {@link System#nanoTime()} readings, so requests
 * to different services of one JVM (three mirrors) can be compared directly.
 *
 * @param connection the client's port: requests that share it came one after another on one connection
 */
public record ServedRequest(String method, String target, int status, Outcome outcome, long startNanos,
                            long endNanos, int connection) {

    public Duration duration() {
        return Duration.ofNanos(endNanos - startNanos);
    }
}
