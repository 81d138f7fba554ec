package dev.overlap.checks.eventloop;

import dev.overlap.workload.HeartbeatLoop;
import java.util.List;

/** A fresh loop, with its heartbeat, and a fresh radio on it, for one burst of calls. */
final class Harness {

    static final String LOOP_THREAD = "event-loop";

    private Harness() {
    }

    static Burst.Outcome burst(RecordedHarbour harbour, List<Ship> ships) throws InterruptedException {
        try (HeartbeatLoop loop = HeartbeatLoop.start(LOOP_THREAD, EventLoopChecks.HEARTBEAT)) {
            return Burst.run(loop, harbour, ships, EventLoopChecks.PATIENCE);
        }
    }

    /** The same burst handled by the kit's baseline, every call's work on the loop (see {@link Burst#onTheLoop}). */
    static Burst.Outcome baseline(RecordedHarbour harbour, List<Ship> ships) throws InterruptedException {
        try (HeartbeatLoop loop = HeartbeatLoop.start(LOOP_THREAD, EventLoopChecks.HEARTBEAT)) {
            return Burst.onTheLoop(loop, harbour, ships, EventLoopChecks.PATIENCE);
        }
    }
}
