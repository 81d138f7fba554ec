package dev.overlap.checks.eventloop;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.measure.Recorder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The burst's assertions fail with what was measured, why it matters, then the check's hint. */
@DisplayName("A burst of calls to the radio is judged in sentences")
class BurstAssertTest {

    private static final Ship FRAM = new Ship("hail(Fram)", radio -> null, "ahoy, Fram", List.of(), List.of());

    @Test
    @DisplayName("a wrong answer names the call, what it got and what it expected, then the hint")
    void wrongAnswer() {
        Burst.Outcome outcome = burst(new Completion(true, "event-loop", Optional.empty()), "ahoy, Frm");

        assertThatThrownBy(() -> BurstAssert.assertThat(outcome).hint("Keep the answers.").answered(List.of(FRAM)))
                .isInstanceOf(AssertionError.class)
                .hasMessage("To hail(Fram) the radio answered \"ahoy, Frm\"; expected \"ahoy, Fram\". Keep the answers.");
        assertThatCode(() -> BurstAssert.assertThat(burst(new Completion(true, "event-loop", Optional.empty()),
                "ahoy, Fram")).answered(List.of(FRAM))).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an answer completed off the loop names the thread and what brought it there, then the hint")
    void completedOffTheLoop() {
        Burst.Outcome outcome = burst(new Completion(false, "an unnamed virtual thread",
                Optional.of("right after that thread waited for the manifest Fram-m0")), "ahoy, Fram");

        assertThatThrownBy(() -> BurstAssert.assertThat(outcome).hint("Continue on the loop.").completedOnTheLoop())
                .hasMessageStartingWith("1 of 1 answers were completed off the loop; the answer to hail(Fram), for"
                        + " one, on an unnamed virtual thread, right after that thread waited for the manifest"
                        + " Fram-m0. The loop continues from a handler's future on whichever thread completes it")
                .hasMessageEndingWith("even when the function itself ran on the loop. Continue on the loop.");
    }

    @Test
    @DisplayName("a plot on the loop's thread says what the loop could not do meanwhile, then the hint")
    void plottedOnTheLoop() throws InterruptedException {
        Recorder recorder = new Recorder();
        Thread loop = new Thread(() -> recorder.record("plot 1", () -> 1L), Harness.LOOP_THREAD);
        loop.start();
        loop.join();

        assertThatThrownBy(() -> BurstAssert.assertThat(burst(new Completion(true, "event-loop", Optional.empty()),
                "ahoy, Fram")).hint("Plot on a pool.").plottedOnAPool(recorder))
                .hasMessage("1 of 1 plots ran on the loop's own thread, event-loop. While the loop computes it does"
                        + " nothing else, exactly as when it waits. Plot on a pool.");
    }

    private static Burst.Outcome burst(Completion completion, String answer) {
        return new Burst.Outcome(List.of(Optional.of(new Burst.Answer(FRAM, Optional.of(answer), Optional.empty(),
                completion))), true, 0, 1_000_000, List.of());
    }
}
