package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pinned virtual threads are recorded with the flight recorder")
class PinnedThreadsTest {

    /** A class whose initialiser waits: a virtual thread that waits in a class initialiser stays pinned. */
    static final class SlowToLoad {
        static {
            try {
                Thread.sleep(PinnedThreads.THRESHOLD.multipliedBy(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        static void touch() {
            // Loading the class is the point.
        }
    }

    @Test
    @DisplayName("a virtual thread that waits while pinned is reported, with the code that pinned it")
    void reportsAPinnedWait() throws InterruptedException {
        PinnedThreads.start();
        Instant start = Instant.now();

        Thread.ofVirtual().start(SlowToLoad::touch).join();
        List<PinnedThreads.Pin> pins = PinnedThreads.since(start,
                type -> type.startsWith(PinnedThreadsTest.class.getName()));

        assertThat(pins).isNotEmpty();
        assertThat(pins.getFirst().duration()).isGreaterThanOrEqualTo(PinnedThreads.THRESHOLD);
        assertThat(pins.getFirst().describe()).contains(PinnedThreadsTest.class.getName());
        assertThat(PinnedThreads.since(start, type -> type.startsWith("elsewhere."))).isEmpty();
    }

    @Test
    @DisplayName("a virtual thread that waits unpinned is not reported")
    void ignoresAnUnpinnedWait() throws InterruptedException {
        PinnedThreads.start();
        Instant start = Instant.now();

        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(PinnedThreads.THRESHOLD.multipliedBy(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).join();

        assertThat(PinnedThreads.since(start, type -> true)).isEmpty();
    }
}
