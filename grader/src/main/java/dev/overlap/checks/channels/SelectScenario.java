package dev.overlap.checks.channels;

import dev.overlap.workload.pipeline.WatchedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two watched channels that keep the race window open, and every answer a select gave on them, with how long
 * it took.
 */
final class SelectScenario {

    private static final Duration GRACE = Duration.ofSeconds(2);

    final WatchedChannel<String> first = new WatchedChannel<>(16);
    final WatchedChannel<String> second = new WatchedChannel<>(16);
    private final RaceWindow window = new RaceWindow(first, second);
    private final ReceiveEither select;
    private final List<String> received = new ArrayList<>();
    private Duration lastWait = Duration.ZERO;

    SelectScenario(ReceiveEither select) {
        this.select = select;
    }

    /** One call of the select, with {@code timeout}; never waits much longer than that. */
    Optional<String> select(Duration timeout) throws Exception {
        long start = System.nanoTime();
        Optional<String> item = WithinTime.call(timeout.plus(GRACE), "receiveEither did not return within "
                + GRACE.toSeconds() + " s after its timeout of " + timeout.toMillis() + " ms", () -> {
                    window.begin(Thread.currentThread());
                    return select.receiveEither(window.first(), window.second(), timeout);
                });
        lastWait = Duration.ofNanos(System.nanoTime() - start);
        if (item == null) {
            throw new IllegalStateException("receiveEither returned null; it returns an Optional, empty for nothing");
        }
        item.ifPresent(received::add);
        return item;
    }

    Duration lastWait() {
        return lastWait;
    }

    List<String> received() {
        return List.copyOf(received);
    }

    /** Items some channel handed out that no select call returned: taken, then dropped. */
    List<String> dropped() {
        List<String> dropped = new ArrayList<>(first.handedOut());
        dropped.addAll(second.handedOut());
        dropped.removeAll(received);
        return dropped;
    }

    static List<String> itemsOf(List<String> received, List<String> sent) {
        return received.stream().filter(sent::contains).toList();
    }
}
