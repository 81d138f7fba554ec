package mentalmodel;

/** One real option, the wrong one; the others are aliases of it. */
public enum CoreUse {
    UNANSWERED,
    TAKE_TURNS_ON_ONE_CORE;

    public static final CoreUse USE_ALL_CORES_AT_ONCE = TAKE_TURNS_ON_ONE_CORE;
    public static final CoreUse NEED_ONE_PROCESS_EACH = TAKE_TURNS_ON_ONE_CORE;
}
