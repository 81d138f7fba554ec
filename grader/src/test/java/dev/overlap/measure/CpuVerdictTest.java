package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Phaser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The CPU verdict on made-up contenders. Sleeping pieces stand in for computing ones: the verdict
 * only reads intervals, threads and wall times, which sleeping produces just as reliably.
 */
@DisplayName("The CPU verdict grades on speedup with a spare core and on evidence without one")
class CpuVerdictTest {

    private static final Duration PIECE = Duration.ofMillis(20);
    private static final long ANSWER = 42;

    @Test
    @DisplayName("parallel work as fast as the reference passes on its speedup")
    void parallelPasses() {
        // One run stands for both: the verdict compares them, and two runs would differ by the machine's noise.
        Run<?> parallel = parallel(8);
        CpuVerdict verdict = verdict(sequential(8), parallel, parallel, SPARE);

        assertThat(verdict.spareCore()).isTrue();
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.summary()).contains("It needed");
    }

    @Test
    @DisplayName("sequential work fails on the evidence, whatever the clock says")
    void sequentialFails() {
        CpuVerdict verdict = verdict(sequential(8), parallel(8), sequential(8), SPARE);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reading()).isEqualTo(Remeasure.Reading.SETTLED);
        assertThat(verdict.failure(0)).contains("on 1 thread");
        assertThat(verdict.settledInOneRound()).isTrue();
    }

    @Test
    @DisplayName("parallel work that is slow while a core was spare fails, after being measured again")
    void slowParallelFails() {
        CpuVerdict verdict = verdict(sequential(8), parallel(8), inTurns(8), SPARE);

        assertThat(verdict.parallelByEvidence()).isTrue();
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reading()).isEqualTo(Remeasure.Reading.LATE);
        assertThat(verdict.settledInOneRound()).isFalse();
        assertThat(verdict.failure(2)).contains("Needed at most").contains("measured 3 times");
    }

    @Test
    @DisplayName("without a spare core at calibration, parallel work passes on the evidence and the note says why")
    void noSpareCore() {
        CpuVerdict verdict = verdict(sequential(8), sequential(8), inTurns(8), BUSY);

        assertThat(verdict.spareCore()).isFalse();
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.summary()).contains("no spare core").contains("Graded on the evidence");
    }

    @Test
    @DisplayName("a reference slowed while a core was spare lowers no bar: the measurement is disturbed")
    void slowedReferenceIsDisturbed() {
        CpuVerdict verdict = verdict(sequential(8), sequential(8), inTurns(8), SPARE);

        assertThat(verdict.disturbed()).isTrue();
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.reading()).isEqualTo(Remeasure.Reading.DISTURBED);
        assertThat(verdict.disturbance()).contains("reached only");
    }

    @Test
    @DisplayName("a helper thread doing a token share beside a sequential main thread is not parallel")
    void tokenSecondLaneFails() {
        Run<?> token = Run.of(recorder -> () -> {
            Thread helper = Thread.ofPlatform().start(() -> recorder.recordCpu("piece", CpuVerdictTest::sleepOnePiece));
            runOn(recorder, 31, 1, PIECE);
            helper.join();
            return ANSWER;
        });
        CpuVerdict verdict = verdict(sequential(32), sequential(32), token, BUSY);

        assertThat(ParallelEvidence.of(token, 2).busy().peakOverlap()).isEqualTo(2);
        assertThat(verdict.parallelByEvidence()).isFalse();
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.failure(0)).contains("token part");
    }

    @Test
    @DisplayName("on one core, parallel work never fails for lack of cores")
    void oneCore() {
        CpuVerdict verdict = verdict(sequential(8), parallel(8), inTurns(8), new Cores(1, 1));

        assertThat(verdict.ideal()).isEqualTo(1.0);
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.summary()).contains("This machine has 1 core");
    }

    private static final Cores SPARE = new Cores(2, 1.9);
    private static final Cores BUSY = new Cores(2, 1.2);

    private static CpuVerdict verdict(Run<?> baseline, Run<?> reference, Run<?> submission, Cores machine) {
        Timings timings = new Timings(Map.of(Role.BASELINE, List.of(baseline), Role.REFERENCE, List.of(reference),
                Role.SUBMISSION, List.of(submission)));
        return new CpuVerdict(timings, 4, machine);
    }

    private static Run<?> sequential(int pieces) {
        return inThreads(pieces, 1, PIECE);
    }

    private static Run<?> parallel(int pieces) {
        return inThreads(pieces, 2, PIECE);
    }

    /**
     * Two threads that each do half of the pieces side by side, but every piece takes twice as long, as when the
     * threads take turns at a lock: parallel by the evidence, slow by the clock.
     */
    private static Run<?> inTurns(int pieces) {
        return inThreads(pieces, 2, PIECE.multipliedBy(2));
    }

    private static Run<?> inThreads(int pieces, int threads, Duration piece) {
        return Run.of(recorder -> () -> {
            runOn(recorder, pieces, threads, piece);
            return ANSWER;
        });
    }

    /** The threads take their pieces in step, so their pieces overlap however late a thread is scheduled. */
    private static void runOn(Recorder recorder, int pieces, int threads, Duration piece)
            throws InterruptedException {
        assertThat(pieces % threads).as("pieces divide evenly between the threads").isZero();
        Phaser inStep = new Phaser(threads);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            started.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < pieces / threads; i++) {
                    inStep.arriveAndAwaitAdvance();
                    recorder.recordCpu("piece", () -> sleep(piece));
                }
            }));
        }
        for (Thread thread : started) {
            thread.join();
        }
    }

    private static long sleepOnePiece() {
        return sleep(PIECE);
    }

    private static long sleep(Duration piece) {
        try {
            Thread.sleep(piece);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
