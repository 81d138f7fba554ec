package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Parallel work is threads working side by side for a while, not threads handing the work on. */
@DisplayName("Work shares")
class WorkSharesTest {

    @Test
    @DisplayName("two threads that work through the same buckets each have a real share")
    void sideBySide() {
        WorkShares shares = WorkShares.ofPieces(Map.of(
                "worker-1", new long[] {10, 10, 10, 10, 10, 10},
                "main", new long[] {10, 10, 10, 10, 10, 10}));

        assertThat(shares.threadsWithARealShare(2)).isEqualTo(2);
    }

    @Test
    @DisplayName("threads taking turns on one busy core still work side by side: they share bucket after bucket")
    void takingTurns() {
        WorkShares shares = WorkShares.ofPieces(Map.of(
                "worker-1", new long[] {4, 6, 5, 5, 6, 4},
                "main", new long[] {6, 4, 5, 5, 4, 6}));

        assertThat(shares.threadsWithARealShare(2)).isEqualTo(2);
    }

    @Test
    @DisplayName("threads started and joined one after another share only the bucket of each hand-over")
    void handOvers() {
        WorkShares shares = WorkShares.ofPieces(Map.of(
                "task-1", new long[] {10, 10, 4},
                "task-2", new long[] {0, 0, 6, 10, 4},
                "task-3", new long[] {0, 0, 0, 0, 6, 10, 4},
                "task-4", new long[] {0, 0, 0, 0, 0, 0, 6, 10, 10}));

        assertThat(shares.threadsWithARealShare(2)).isZero();
    }

    @Test
    @DisplayName("a token helper beside a sequential thread has no real share, and the main thread has no partner")
    void tokenHelper() {
        WorkShares shares = WorkShares.ofPieces(Map.of(
                "main", new long[] {1000, 1000, 1000, 1000},
                "helper", new long[] {1, 1, 0, 0}));

        assertThat(shares.threadsWithARealShare(2)).isEqualTo(1);
    }
}
