package dev.overlap.checks.mirrors;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.time.Duration;
import java.util.Objects;

/** Assertions on how a call behaved when its thread was interrupted. */
final class InterruptionAssert extends CheckAssert<InterruptionAssert, Interruption<?>> {

    private InterruptionAssert(Interruption<?> interruption) {
        super(interruption, InterruptionAssert.class);
        Evidence.record("returned_after_interrupt_ms", interruption.afterInterrupt().toMillis());
        Evidence.record("interrupt_flag_up", interruption.flagUp());
    }

    static InterruptionAssert assertThat(Interruption<?> interruption) {
        return new InterruptionAssert(interruption);
    }

    /** It returned (or threw) no later than {@code allowed} after the interrupt. */
    InterruptionAssert returnedWithin(Duration allowed) {
        Evidence.record("allowed_after_interrupt_ms", allowed.toMillis());
        if (actual.endedFirst()) {
            // Not the hint about the interrupt: the race ended before anyone interrupted it.
            failWithMessage("It %s before its thread was interrupted, %d ms after the call; no mirror could"
                    + " have answered by then, so it should still have been waiting for the first good answer.",
                    ending(), actual.interruptAfter().plus(actual.afterInterrupt()).toMillis());
        }
        if (!actual.finished()) {
            failWithMessage("It was still running %d ms after its thread was interrupted: the interrupt was"
                    + " ignored.%s", actual.afterInterrupt().toMillis(), hint());
        }
        if (actual.afterInterrupt().compareTo(allowed) > 0) {
            failWithMessage("It returned %d ms after its thread was interrupted; expected within %d ms. A blocking"
                    + " call such as HttpClient.send or Future.get stops at once with InterruptedException.%s",
                    actual.afterInterrupt().toMillis(), allowed.toMillis(), hint());
        }
        return this;
    }

    private String ending() {
        return actual.failure().map(failure -> "threw " + failure)
                .orElseGet(() -> "returned " + actual.result().orElse(null));
    }

    /** It returned this value instead of throwing. */
    InterruptionAssert returned(Object expected) {
        actual.failure().ifPresent(failure -> failWithMessage("When interrupted it threw %s; expected it to return"
                + " the fallback with the interrupt flag up.%s", failure, hint()));
        if (!Objects.equals(actual.result().orElse(null), expected)) {
            failWithMessage("When interrupted it returned %s; expected the fallback %s.%s",
                    actual.result().orElse(null), expected, hint());
        }
        return this;
    }

    /** The thread's interrupt flag was up when the call returned. */
    InterruptionAssert keptTheFlag() {
        if (!actual.flagUp()) {
            Evidence.finding(Finding.NO_INTERRUPT);
            failWithMessage("When it returned, its thread's interrupt flag was down: the interrupt was caught and"
                    + " swallowed, so the caller cannot tell that it stopped early.%s", hint());
        }
        return this;
    }
}
