package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
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

    /**
     * The proof behind stopping a trial once a pass is settled: when the verdict passes at the eight corners of a box
     * of medians, it passes everywhere inside, for a bound alone, a crew with one worker fewer and a design. Random boxes,
     * many of them passing at their corners, and random medians inside each.
     */
    @Test
    @DisplayName("a pass at every corner of a box of medians is a pass inside it, so the rounds left cannot undo it")
    void passAtTheCornersIsAPassInside() {
        RandomGenerator random = new SplittableRandom(17);
        int boxesPassing = 0;
        for (LowerBound bound : List.of(BOUND, BOUND.withOneWorkerFewer(Duration.ofMillis(80)),
                BOUND.byDesign(Duration.ofMillis(70), "the design's least time"))) {
            WaitVerdict verdict = new WaitVerdict(new Timings(Map.of()), bound, TOTAL);
            for (int box = 0; box < 20_000; box++) {
                long[] baseline = range(random, 110, 170);
                long[] reference = range(random, 55, 95);
                long[] submission = range(random, 55, 110);
                if (!passesAtEveryCorner(verdict, baseline, reference, submission)) {
                    continue;
                }
                boxesPassing++;
                for (int inside = 0; inside < 20; inside++) {
                    WaitVerdict.Medians at = new WaitVerdict.Medians(within(random, baseline),
                            within(random, reference), within(random, submission));
                    assertThat(verdict.passes(at)).as("%s inside a box that passed at its corners", at).isTrue();
                }
            }
        }
        assertThat(boxesPassing).isGreaterThan(1_000);
    }

    private static boolean passesAtEveryCorner(WaitVerdict verdict, long[] baseline, long[] reference,
                                               long[] submission) {
        for (long b : baseline) {
            for (long r : reference) {
                for (long s : submission) {
                    if (!verdict.passes(new WaitVerdict.Medians(Duration.ofMillis(b), Duration.ofMillis(r),
                            Duration.ofMillis(s)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Two ends of a range of milliseconds between {@code from} and {@code to}, often close together. */
    private static long[] range(RandomGenerator random, long from, long to) {
        long low = random.nextLong(from, to);
        return new long[] {low, Math.min(to, low + random.nextLong(0, 15))};
    }

    private static Duration within(RandomGenerator random, long[] ends) {
        return Duration.ofNanos(random.nextLong(ends[0] * 1_000_000, ends[1] * 1_000_000 + 1));
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
