package mentalmodel;

/** Reasons, some of them right. */
public enum Because {
    UNANSWERED,
    /** The machine has at least as many cores as there are tasks. */
    THERE_ARE_ENOUGH_CORES,
    /** A task that waits does not use the processor, so others can run meanwhile. */
    WAITING_NEEDS_NO_PROCESSOR,
    /** The runtime notices that the tasks only sleep and makes the sleeps shorter. */
    THE_RUNTIME_SHORTENS_WAITS,
    /** A computing task never pauses, so there is no idle time for the others to fill. */
    COMPUTING_LEAVES_NO_IDLE_TIME,
    /** Switching between tasks is so slow that it eats the time it saves. */
    SWITCHING_COSTS_TOO_MUCH
}
