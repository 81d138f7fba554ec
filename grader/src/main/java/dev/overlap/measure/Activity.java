package dev.overlap.measure;

/**
 * What a thread did during a recorded call, as the workload that recorded it knows: the difference the kit teaches.
 * Reports draw a wait hollow and work on a core solid, so a picture of waits that overlap (concurrency) cannot be
 * mistaken for one of threads computing at the same moment (parallelism).
 */
public enum Activity {
    /** The thread waited (a sleep, a request, a step in the oven): it held no core, so waits overlap on any machine. */
    WAITING,
    /** The thread computed: it held a core, so no more of these run at once than there are cores. */
    COMPUTING,
    /**
     * A cook's hands were busy with a step (peel, baste): the kitchen's core. Simulated by a wait, but a cook attends
     * to one step at a time, so no more of these run at once than there are cooks.
     */
    ATTENDING;

    /** How reports name it: {@code wait}, {@code compute}, {@code attend}. */
    public String id() {
        return switch (this) {
            case WAITING -> "wait";
            case COMPUTING -> "compute";
            case ATTENDING -> "attend";
        };
    }
}
