package dev.overlap.checks.channels;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls the submission on a thread of its own and gives up after a time limit: code that never returns is
 * the typical mistake with channels, and it deserves a sentence, not a timeout of the whole exercise.
 */
final class WithinTime {

    private WithinTime() {
    }

    /** Code that did not return within its time limit. */
    static final class Stuck extends IllegalStateException {
        Stuck(String message) {
            super(message);
        }
    }

    /** The result of {@code code}, or {@link Stuck} saying {@code whenStuck} after {@code limit}. */
    static <T> T call(Duration limit, String whenStuck, Callable<T> code) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().name("overlap-caller").start(() -> {
            try {
                result.set(code.call());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure.set(e);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (!caller.join(limit)) {
            caller.interrupt();
            throw new Stuck(whenStuck + " (stopped after " + limit.toMillis() + " ms)");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
