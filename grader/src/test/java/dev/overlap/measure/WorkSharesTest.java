package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parallel work is threads working side by side for a while, not threads handing the work on. */
@DisplayName("Work shares")
class WorkSharesTest {

    /** Each thread's work per bucket of time, and how many threads have a real share of it. */
    static Stream<Arguments> pieces() {
        return Stream.of(
                argumentSet("two threads that work through the same buckets each have a real share", Map.of(
                        "worker-1", new long[] {10, 10, 10, 10, 10, 10},
                        "main", new long[] {10, 10, 10, 10, 10, 10}), 2),
                argumentSet("threads taking turns on one busy core still work side by side: they share bucket"
                        + " after bucket", Map.of(
                        "worker-1", new long[] {4, 6, 5, 5, 6, 4},
                        "main", new long[] {6, 4, 5, 5, 4, 6}), 2),
                argumentSet("threads started and joined one after another share only the bucket of each"
                        + " hand-over", Map.of(
                        "task-1", new long[] {10, 10, 4},
                        "task-2", new long[] {0, 0, 6, 10, 4},
                        "task-3", new long[] {0, 0, 0, 0, 6, 10, 4},
                        "task-4", new long[] {0, 0, 0, 0, 0, 0, 6, 10, 10}), 0),
                argumentSet("a token helper beside a sequential thread has no real share, and the main thread has"
                        + " no partner", Map.of(
                        "main", new long[] {1000, 1000, 1000, 1000},
                        "helper", new long[] {1, 1, 0, 0}), 1));
    }

    @ParameterizedTest
    @MethodSource("pieces")
    void threadsWithARealShare(Map<String, long[]> pieces, int withARealShare) {
        assertThat(WorkShares.ofPieces(pieces).threadsWithARealShare(2)).isEqualTo(withARealShare);
    }
}
