package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.StackWalker.StackFrame;
import dev.overlap.workload.WaitingReferences;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every run of the submission in a trial is checked for its result, and a run cannot tell a timed round from any
 * other call of the kit: a submission that looks fast only while it is timed fails as a wrong run.
 */
@DisplayName("A trial checks every run of the submission, which cannot tell the timed ones apart")
class TrialChecksEveryRunTest {

    @Test
    @DisplayName("a timed run that waits the longest latency and returns nothing fails as a wrong run, not a slow one")
    void resultlessRunFails() {
        AtomicInteger runs = new AtomicInteger();
        Trial<List<Callable<String>>> trial = TrialSettlesEarlyTest.trial(calls -> {
            if (runs.incrementAndGet() == 1) {
                return WaitingReferences.allAtOnce(calls);
            }
            Thread.sleep(Duration.ofMillis(20));
            return List.of();
        });

        assertThatThrownBy(() -> OverlapAssertions.assertThat(trial).finishesNearCriticalPath(Duration.ofMillis(20),
                Duration.ofMillis(60)))
                .hasMessageContaining("run 2")
                .hasMessageContaining("ran 0 times");
    }

    @Test
    @DisplayName("answers kept from the first run and returned without the work fail in the next run")
    void storedAnswersFail() {
        List<String> kept = new ArrayList<>();
        Trial<List<Callable<String>>> trial = TrialSettlesEarlyTest.trial(calls -> {
            if (kept.isEmpty()) {
                kept.addAll(WaitingReferences.allAtOnce(calls));
            }
            return kept;
        });

        assertThatThrownBy(() -> OverlapAssertions.assertThat(trial).finishesNearCriticalPath(Duration.ofMillis(20),
                Duration.ofMillis(60)))
                .hasMessageContaining("went wrong");
    }

    @Test
    @DisplayName("a checked run and a timed run see the same thread and the same stack")
    void runsLookAlikeFromInside() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Run.Execution<List<Callable<String>>, List<String>> spy = calls -> {
            seen.add(Thread.currentThread().getName() + " " + StackWalker.getInstance().walk(frames -> frames
                    .map(StackFrame::getClassName).filter(name -> name.startsWith("dev.overlap")).toList()));
            return WaitingReferences.allAtOnce(calls);
        };
        Run.of(recorder -> List.of(), spy);
        TrialSettlesEarlyTest.trial(spy).measure();

        assertThat(seen).hasSizeGreaterThan(2).allMatch(view -> view.equals(seen.getFirst()));
        assertThat(seen.getFirst()).startsWith(Harness.THREAD_NAME)
                .endsWith("dev.overlap.measure.Run, dev.overlap.measure.Harness$Caller]");
    }
}
