package dev.overlap.checks.channels;

import channels.Channel;
import java.time.Duration;
import java.util.Optional;

/**
 * A select under test: the submission's {@code Select::receiveEither} when grading, a kit test's own version
 * when the kit proves that its scenario catches a racing select.
 */
@FunctionalInterface
public interface ReceiveEither {

    Optional<String> receiveEither(Channel<String> first, Channel<String> second, Duration timeout)
            throws InterruptedException;
}
