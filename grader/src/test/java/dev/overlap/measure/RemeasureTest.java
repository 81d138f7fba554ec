package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.measure.Remeasure.Reading;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kit's one timing policy: what is measured again, how often, and when a check fails closed. */
@DisplayName("The timing policy measures again only what another measurement can change")
class RemeasureTest {

    @Test
    @DisplayName("a settled reading is never measured again")
    void settledOnce() throws Exception {
        Counted judged = judge(List.of(Reading.SETTLED, Reading.LATE));

        assertThat(judged.measurements).hasValue(1);
        assertThat(judged.judgement.remeasures()).isZero();
        assertThat(judged.judgement.failsClosed()).isFalse();
    }

    @Test
    @DisplayName("a late reading is measured again until it settles")
    void lateThenSettled() throws Exception {
        Counted judged = judge(List.of(Reading.LATE, Reading.SETTLED, Reading.LATE));

        assertThat(judged.measurements).hasValue(2);
        assertThat(judged.judgement.attempt().reading()).isEqualTo(Reading.SETTLED);
    }

    @Test
    @DisplayName("late every time: measured twice more, then judged on the last, not failed closed")
    void lateEveryTime() throws Exception {
        Counted judged = judge(List.of(Reading.LATE, Reading.LATE, Reading.LATE, Reading.SETTLED));

        assertThat(judged.measurements).hasValue(1 + Remeasure.TIMES);
        assertThat(judged.judgement.failsClosed()).isFalse();
    }

    @Test
    @DisplayName("disturbed every time: measured twice more, then the check fails closed")
    void disturbedEveryTime() throws Exception {
        Counted judged = judge(List.of(Reading.DISTURBED, Reading.LATE, Reading.DISTURBED, Reading.SETTLED));

        assertThat(judged.measurements).hasValue(1 + Remeasure.TIMES);
        assertThat(judged.judgement.failsClosed()).isTrue();
        assertThat(judged.judgement.tooBusy("the reference was slow.")).contains("too busy")
                .contains("the reference was slow.");
    }

    private static Counted judge(List<Reading> readings) throws Exception {
        Queue<Reading> left = new ArrayDeque<>(readings);
        AtomicInteger measurements = new AtomicInteger();
        Remeasure.Judgement<Remeasure.Attempt> judgement = Remeasure.judge(() -> {
            measurements.incrementAndGet();
            Reading reading = left.remove();
            return () -> reading;
        });
        return new Counted(measurements, judgement);
    }

    private record Counted(AtomicInteger measurements, Remeasure.Judgement<Remeasure.Attempt> judgement) {
    }
}
