package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.workload.WaitingReferences;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A trial stops before the rounds it asked for only when the rounds so far decide the verdict for good: after one
 * round, calls that never overlapped; a pass, once more rounds are taken than are left and the pass holds whatever
 * they would measure (the proof is in {@link WaitVerdictTest}).
 */
@DisplayName("A trial stops early only when the rounds left cannot change its verdict")
class TrialSettlesEarlyTest {

    private static final Duration WAIT = Duration.ofMillis(20);
    private static final int WAITS = 3;
    private static final int ROUNDS = 4;

    @Test
    @DisplayName("calls made one after another fail after the warm-up and one timed round")
    void oneAfterAnotherSettlesInOneRound() {
        AtomicInteger runs = new AtomicInteger();
        Trial<List<Callable<String>>> trial = trial(counted(runs, WaitingReferences::oneAfterAnother));

        assertThatThrownBy(() -> OverlapAssertions.assertThat(trial).finishesNearCriticalPath(WAIT,
                WAIT.multipliedBy(WAITS)))
                .hasMessageContaining("one timed run)")
                .hasMessageContaining("one timed run settled it");
        assertThat(runs).hasValue(2);
    }

    @Test
    @DisplayName("calls made at once pass, after more rounds than are left")
    void allAtOnceGetsMostRounds() {
        AtomicInteger runs = new AtomicInteger();
        Trial<List<Callable<String>>> trial = trial(counted(runs, WaitingReferences::allAtOnce));

        OverlapAssertions.assertThat(trial).finishesNearCriticalPath(WAIT, WAIT.multipliedBy(WAITS));
        assertThat(runs.get()).isBetween(1 + ROUNDS / 2 + 1, 1 + ROUNDS);
    }

    /** {@code code}, counting its runs in {@code runs}. */
    private static Run.Execution<List<Callable<String>>, List<String>> counted(AtomicInteger runs,
            Run.Execution<List<Callable<String>>, List<String>> code) {
        return calls -> {
            runs.incrementAndGet();
            return code.run(calls);
        };
    }

    static Trial<List<Callable<String>>> trial(Run.Execution<List<Callable<String>>, List<String>> code) {
        return Trial.<List<Callable<String>>>of(recorder -> IntStream.range(0, WAITS)
                        .<Callable<String>>mapToObj(i -> new WaitingTask(recorder, "wait " + i, WAIT, "done " + i))
                        .toList())
                .baseline(WaitingReferences::oneAfterAnother)
                .reference(WaitingReferences::allAtOnce)
                .submission(code)
                .checkedBy((calls, run) -> OverlapAssertions.assertThat(run).completed()
                        .ranEachCallOnce(IntStream.range(0, WAITS).mapToObj(i -> "wait " + i).toList())
                        .returned(IntStream.range(0, WAITS).mapToObj(i -> "done " + i).toList()))
                .warmups(1)
                .rounds(ROUNDS);
    }
}
