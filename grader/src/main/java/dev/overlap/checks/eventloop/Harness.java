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
}
