package mentalmodel;

/** One real option, a wrong reason for every question; the other reasons are aliases of it. */
public enum Because {
    UNANSWERED,
    THERE_ARE_ENOUGH_CORES;

    public static final Because WAITING_NEEDS_NO_PROCESSOR = THERE_ARE_ENOUGH_CORES;
    public static final Because THE_RUNTIME_SHORTENS_WAITS = THERE_ARE_ENOUGH_CORES;
    public static final Because COMPUTING_LEAVES_NO_IDLE_TIME = THERE_ARE_ENOUGH_CORES;
    public static final Because SWITCHING_COSTS_TOO_MUCH = THERE_ARE_ENOUGH_CORES;
}
