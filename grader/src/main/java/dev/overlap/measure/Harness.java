package dev.overlap.measure;

import java.util.concurrent.Callable;

/**
 * Where the kit calls measured code: always a fresh platform thread of the same name, started from this one
 * frame. A submission that reads its own stack, its thread's name or its thread-local state sees the same in a
 * correctness run, a warm-up and a timed round, so it cannot behave well only while it is being judged.
 */
final class Harness {

    static final String THREAD_NAME = "overlap-run";

    private Harness() {
    }

    /** What one call did: its value or what it threw, and when it began and ended on {@link System#nanoTime()}. */
    record Outcome<T>(T value, Throwable failure, long startNanos, long endNanos) {
    }

    static <T> Outcome<T> call(Callable<T> code) {
        Caller<T> caller = new Caller<>(code);
        Thread thread = Thread.ofPlatform().name(THREAD_NAME).unstarted(caller);
        thread.start();
        // Nothing of the kit interrupts a check (the grader ends the whole JVM at the time limit), so an interrupt
        // here comes from the measured code itself, which can reach every thread: it is ignored, and the check waits.
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException fromTheMeasuredCode) {
                // Keep waiting: the measured code is still running, and its run is what the check judges.
            }
        }
        return caller.outcome;
    }

    private static final class Caller<T> implements Runnable {
        private final Callable<T> code;
        private volatile long start;
        private volatile Outcome<T> outcome;

        Caller(Callable<T> code) {
            this.code = code;
        }

        @Override
        public void run() {
            start = System.nanoTime();
            try {
                T value = code.call();
                outcome = new Outcome<>(value, null, start, System.nanoTime());
            } catch (Throwable thrown) {
                outcome = new Outcome<>(null, thrown, start, System.nanoTime());
            }
        }
    }
}
