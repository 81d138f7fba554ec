package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The waiting verdict on made-up contenders: three waits of 60, 20 and 40 ms, so 120 ms one after another and 60 ms
 * at best. The reference can only make the bar stricter: a slowed one is no yardstick, and the bar never rises above
 * what theory allows at the machine's pace.
 */
@DisplayName("The waiting verdict keeps a bar the submission cannot lower")
class WaitVerdictTest {

    private static final List<Duration> WAITS = List.of(Duration.ofMillis(60), Duration.ofMillis(20),
            Duration.ofMillis(40));
    private static final LowerBound BOUND = LowerBound.criticalPath(Duration.ofMillis(60));
    private static final Duration TOTAL = Duration.ofMillis(120);

    @Test
    @DisplayName("waits that overlap pass, under a bar no higher than theory allows")
    void overlappingPasses() {
        Run<?> overlapped = waits(true, 1);
        WaitVerdict verdict = verdict(waits(false, 1), overlapped, overlapped);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.reading()).isEqualTo(Remeasure.Reading.SETTLED);
        assertThat(verdict.required()).isLessThanOrEqualTo(verdict.ceiling());
    }

    @Test
    @DisplayName("a reference slowed to the sequential time lowers no bar: the measurement is disturbed")
    void slowedReferenceIsNoYardstick() {
        Run<?> sequential = waits(false, 1);
        WaitVerdict verdict = verdict(sequential, sequential, waits(false, 1));

        assertThat(verdict.disturbed()).isTrue();
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reading()).isEqualTo(Remeasure.Reading.DISTURBED);
        // Theory: 60 ms plus a quarter of the 60 ms overlapping saves, at most a quarter slower for the pace.
        assertThat(verdict.ceiling()).isLessThanOrEqualTo(Duration.ofMillis(Math.round(75 * WaitVerdict.SLOWEST_PACE)));
        assertThat(verdict.required()).isLessThan(sequential.wallTime());
        assertThat(verdict.disturbance()).contains("the kit's own concurrent version took");
    }

    @Test
    @DisplayName("a reference kept slow in every measurement makes the check fail closed, saying the machine was busy")
    void staysDisturbedFailsClosed() throws Exception {
        AtomicInteger measurements = new AtomicInteger();
        Remeasure.Judgement<WaitVerdict> judgement = Remeasure.judge(() -> {
            measurements.incrementAndGet();
            Run<?> sequential = waits(false, 1);
            return verdict(sequential, sequential, waits(true, 1));
        });

        assertThat(measurements).hasValue(1 + Remeasure.TIMES);
        assertThat(judgement.failsClosed()).isTrue();
        assertThat(judgement.tooBusy(judgement.attempt().disturbance())).contains("too busy").contains("3 measurements");
    }

    @Test
    @DisplayName("a baseline stretched far beyond theory stretches the bar by a quarter at most")
    void stretchedBaselineStretchesTheBarLittle() {
        Run<?> overlapped = waits(true, 1);
        WaitVerdict verdict = verdict(waits(false, 3), overlapped, waits(true, 2));

        assertThat(verdict.pace()).isLessThanOrEqualTo(WaitVerdict.SLOWEST_PACE);
        assertThat(verdict.required()).isEqualTo(verdict.ceiling());
        assertThat(verdict.passed()).isFalse();
    }

    private static WaitVerdict verdict(Run<?> baseline, Run<?> reference, Run<?> submission) {
        return new WaitVerdict(new Timings(Map.of(Role.BASELINE, List.of(baseline), Role.REFERENCE,
                List.of(reference), Role.SUBMISSION, List.of(submission))), BOUND, TOTAL);
    }

    /** The three waits, overlapped or one after another, each {@code stretch} times its length. */
    private static Run<?> waits(boolean overlapped, int stretch) {
        return Run.of(recorder -> () -> {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < WAITS.size(); i++) {
                Duration wait = WAITS.get(i).multipliedBy(stretch);
                String label = "wait " + i;
                Runnable call = () -> {
                    try {
                        recorder.record(label, () -> {
                            Thread.sleep(wait);
                            return label;
                        });
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                };
                if (overlapped) {
                    threads.add(Thread.ofVirtual().start(call));
                } else {
                    call.run();
                }
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return "done";
        });
    }
}
