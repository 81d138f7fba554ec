package dev.overlap.checks.mirrors;

import dev.overlap.checks.mirrors.MirrorScenario.Mirror;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Remeasure;
import dev.overlap.measure.Remeasure.Reading;
import dev.overlap.measure.Run;
import dev.overlap.workload.animals.Outcome;
import dev.overlap.workload.animals.RecordingHttpClient;
import java.time.Duration;
import mirrors.Mirrors;

/**
 * The races whose verdict depends on a time limit, each one attempt for {@link Remeasure}: what the
 * submission did against fresh mirrors, and whether it was right but late.
 */
final class TimedRaces {

    /** A deadline no mirror comes near, for races that are not about the deadline. */
    static final Duration NO_DEADLINE = Duration.ofSeconds(10);

    private TimedRaces() {
    }

    /** A race with a fast good mirror: did the slow mirror see its request cancelled soon after the win? */
    record Won(MirrorScenario mirrors, Run<String> run) implements Remeasure.Attempt {

        static Won run(MirrorScenario mirrors) {
            Run<String> run = Run.of(recorder -> () -> Mirrors.firstAnswer(RecordingHttpClient.on(recorder),
                    mirrors.uris(), NO_DEADLINE, mirrors.fallback()));
            settle(mirrors);
            return new Won(mirrors, run);
        }

        @Override
        public Reading reading() {
            return rightButLate() ? Reading.LATE : Reading.SETTLED;
        }

        private boolean rightButLate() {
            Mirror slow = mirrors.mirror("slow");
            return run.failure().isEmpty() && mirrors.askedEveryMirrorOnce()
                    && slow.api().log().requests().getFirst().outcome() == Outcome.ABANDONED
                    && mirrors.cancelledAfterWin(slow).orElseThrow().compareTo(mirrors.allowedAfterWin(slow)) > 0;
        }

        @Override
        public void close() {
            mirrors.close();
        }
    }

    /** A race no mirror can win in time: the fallback, by when, and were the requests cancelled by then? */
    record TimedOut(MirrorScenario mirrors, Run<Returned> run, Duration allowed) implements Remeasure.Attempt {

        static TimedOut run(MirrorScenario mirrors, Duration deadline, Duration allowed) {
            Run<Returned> run = Run.of(recorder -> () -> {
                long calledAt = System.nanoTime();
                return new Returned(Mirrors.firstAnswer(RecordingHttpClient.on(recorder), mirrors.uris(), deadline,
                        mirrors.fallback()), calledAt);
            });
            settle(mirrors);
            return new TimedOut(mirrors, run, allowed);
        }

        @Override
        public Reading reading() {
            return rightButLate() ? Reading.LATE : Reading.SETTLED;
        }

        private boolean rightButLate() {
            return run.failure().isEmpty() && mirrors.fallback().equals(run.result().answer())
                    && mirrors.askedEveryMirrorOnce()
                    && (run.wallTime().compareTo(allowed) > 0
                            || !mirrors.allCancelledWithin(run.result().calledAt(), allowed));
        }

        @Override
        public void close() {
            mirrors.close();
        }
    }

    /** What the method returned, and when it was called, to time the mirrors' requests from that moment. */
    record Returned(String answer, long calledAt) {
    }

    /** A race whose caller is interrupted: the fallback with the flag up, how soon after the interrupt? */
    record Interrupted(MirrorScenario mirrors, Interruption<String> interruption, Duration allowed)
            implements Remeasure.Attempt {

        static Interrupted run(MirrorScenario mirrors, Duration interruptAfter, Duration allowed)
                throws InterruptedException {
            Interruption<String> interruption = Interruption.of(() -> Mirrors.firstAnswer(
                    RecordingHttpClient.on(new Recorder()), mirrors.uris(), NO_DEADLINE, mirrors.fallback()),
                    interruptAfter, Duration.ofSeconds(5));
            return new Interrupted(mirrors, interruption, allowed);
        }

        @Override
        public Reading reading() {
            return rightButLate() ? Reading.LATE : Reading.SETTLED;
        }

        private boolean rightButLate() {
            return interruption.finished() && !interruption.endedFirst() && interruption.flagUp()
                    && interruption.result().filter(mirrors.fallback()::equals).isPresent()
                    && interruption.afterInterrupt().compareTo(allowed) > 0;
        }

        @Override
        public void close() {
            mirrors.close();
        }
    }

    /** Waits until the mirrors have seen every request end, up to three times the slowest latency. */
    private static void settle(MirrorScenario mirrors) {
        Duration slowest = mirrors.mirrors().stream().map(mirror -> mirror.spec().latency())
                .max(Duration::compareTo).orElseThrow();
        try {
            mirrors.awaitSettled(slowest.multipliedBy(3));
        } catch (RuntimeException e) {
            mirrors.close();
            throw e;
        }
    }
}
