package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Busy intervals tell work one after another from work at the same moment")
class BusyIntervalsTest {

    @Test
    @DisplayName("work handed from one thread to the next at once is not overlap")
    void handOverIsNotOverlap() {
        BusyIntervals busy = BusyIntervals.of(List.of(call("a", 0, 10, "t1"), call("b", 10, 20, "t2")));

        assertThat(busy.threads()).isEqualTo(2);
        assertThat(busy.peakOverlap()).isEqualTo(1);
        assertThat(busy.overlapped()).isEqualTo(Duration.ZERO);
        assertThat(busy.covered()).isEqualTo(Duration.ofMillis(20));
        assertThat(busy.meanBusyThreads()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("two threads busy at once overlap for the time they share")
    void sharedTimeIsOverlap() {
        BusyIntervals busy = BusyIntervals.of(List.of(
                call("a", 0, 30, "t1"), call("b", 10, 40, "t2"), call("c", 50, 60, "t1")));

        assertThat(busy.peakOverlap()).isEqualTo(2);
        assertThat(busy.overlapped()).isEqualTo(Duration.ofMillis(20));
        assertThat(busy.covered()).isEqualTo(Duration.ofMillis(50));
        assertThat(busy.busy()).isEqualTo(Duration.ofMillis(70));
        assertThat(busy.meanBusyThreads()).isEqualTo(1.4);
    }

    @Test
    @DisplayName("no work is no thread and no overlap")
    void noWork() {
        BusyIntervals busy = BusyIntervals.of(List.of());

        assertThat(busy.threads()).isZero();
        assertThat(busy.peakOverlap()).isZero();
        assertThat(busy.meanBusyThreads()).isZero();
    }

    private static Call call(String label, long startMillis, long endMillis, String thread) {
        return new Call(label, startMillis * 1_000_000, endMillis * 1_000_000, thread, false, "", Activity.COMPUTING,
                List.of());
    }
}
