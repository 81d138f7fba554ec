package dev.overlap.checks.mirrors;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * A call made on a thread of its own that is interrupted while it runs, as a caller with a deadline
 * or a shutting-down application would: what the call returned or threw, how soon after the
 * interrupt, and whether the thread's interrupt flag was still up when it returned.
 */
record Interruption<T>(Optional<T> result, Optional<Throwable> failure, boolean finished, Duration afterInterrupt,
                       boolean flagUp, Duration interruptAfter) {

    static <T> Interruption<T> of(Callable<T> call, Duration interruptAfter, Duration patience)
            throws InterruptedException {
        Observed<T> observed = new Observed<>();
        Thread caller = Thread.ofPlatform().name("caller").start(() -> observed.run(call));
        Thread.sleep(interruptAfter);
        long interruptedAt = System.nanoTime();
        caller.interrupt();
        caller.join(patience);
        if (caller.isAlive()) {
            return new Interruption<>(Optional.empty(), Optional.empty(), false, patience, false, interruptAfter);
        }
        return new Interruption<>(Optional.ofNullable(observed.result), Optional.ofNullable(observed.failure), true,
                Duration.ofNanos(observed.endedAt - interruptedAt), observed.flagUp, interruptAfter);
    }

    /** The call was over before anyone interrupted it, so the interrupt tells nothing about it. */
    boolean endedFirst() {
        return finished && afterInterrupt.isNegative();
    }

    /** Written by the caller thread, read after joining it, which makes the writes visible. */
    private static final class Observed<T> {
        private T result;
        private Throwable failure;
        private boolean flagUp;
        private long endedAt;

        void run(Callable<T> call) {
            try {
                result = call.call();
            } catch (Exception | Error e) {
                failure = e;
            }
            endedAt = System.nanoTime();
            flagUp = Thread.currentThread().isInterrupted();
        }
    }
}
