package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
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
        CpuVerdict verdict = verdict(sequential(8), parallel, parallel, 2);

        assertThat(verdict.spareCore()).isTrue();
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.summary()).contains("It needed");
    }

    @Test
    @DisplayName("sequential work fails on the evidence, whatever the clock says")
    void sequentialFails() {
        CpuVerdict verdict = verdict(sequential(8), parallel(8), sequential(8), 2);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.onlyTooSlow()).isFalse();
        assertThat(verdict.failure()).contains("on 1 thread");
        assertThat(verdict.settledInOneRound()).isTrue();
    }

    @Test
    @DisplayName("parallel work that is slow while a core was spare fails, after being measured again")
    void slowParallelFails() {
        CpuVerdict verdict = verdict(sequential(8), parallel(8), mostlySequential(8), 2);

        assertThat(verdict.parallelByEvidence()).isTrue();
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.onlyTooSlow()).isTrue();
        assertThat(verdict.settledInOneRound()).isFalse();
        assertThat(verdict.failure()).contains("Needed at most");
    }

    @Test
    @DisplayName("without a spare core, parallel work passes on the evidence and the note says why")
    void noSpareCore() {
        CpuVerdict verdict = verdict(sequential(8), sequential(8), mostlySequential(8), 2);

        assertThat(verdict.spareCore()).isFalse();
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.summary()).contains("no spare core").contains("Graded on the evidence");
    }

    @Test
    @DisplayName("on one core, parallel work never fails for lack of cores")
    void oneCore() {
        CpuVerdict verdict = verdict(sequential(8), parallel(8), mostlySequential(8), 1);

        assertThat(verdict.ideal()).isEqualTo(1.0);
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.summary()).contains("This machine has 1 core");
    }

    @Test
    @DisplayName("a different answer while timed fails, however fast")
    void wrongAnswerFails() {
        Run<?> wrong = Run.of(recorder -> () -> {
            runOn(recorder, 2, 2);
            return ANSWER + 1;
        });
        CpuVerdict verdict = verdict(sequential(8), parallel(8), wrong, 2);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.failure()).contains("returned 43").contains("returned 42");
    }

    private static CpuVerdict verdict(Run<?> baseline, Run<?> reference, Run<?> submission, int cores) {
        Timings timings = new Timings(Map.of(Role.BASELINE, List.of(baseline), Role.REFERENCE, List.of(reference),
                Role.SUBMISSION, List.of(submission)));
        return new CpuVerdict(timings, 4, cores, 0);
    }

    private static Run<?> sequential(int pieces) {
        return Run.of(recorder -> () -> {
            runOn(recorder, pieces, 1);
            return ANSWER;
        });
    }

    private static Run<?> parallel(int pieces) {
        return Run.of(recorder -> () -> {
            runOn(recorder, pieces, 2);
            return ANSWER;
        });
    }

    /** Two pieces at once, then the rest one after another: parallel by the evidence, slow by the clock. */
    private static Run<?> mostlySequential(int pieces) {
        return Run.of(recorder -> () -> {
            runOn(recorder, 2, 2);
            runOn(recorder, pieces - 2, 1);
            return ANSWER;
        });
    }

    /** The threads take their pieces in step, so their pieces overlap however late a thread is scheduled. */
    private static void runOn(Recorder recorder, int pieces, int threads) throws InterruptedException {
        assertThat(pieces % threads).as("pieces divide evenly between the threads").isZero();
        CyclicBarrier inStep = new CyclicBarrier(threads);
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            started.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < pieces / threads; i++) {
                    awaitOthers(inStep);
                    recorder.recordCpu("piece", CpuVerdictTest::sleepOnePiece);
                }
            }));
        }
        for (Thread thread : started) {
            thread.join();
        }
    }

    private static void awaitOthers(CyclicBarrier inStep) {
        try {
            inStep.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sleepOnePiece() {
        try {
            Thread.sleep(PIECE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
