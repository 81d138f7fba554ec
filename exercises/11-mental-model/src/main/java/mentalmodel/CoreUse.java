package mentalmodel;

/** What threads that compute do with the cores of a machine. */
public enum CoreUse {
    UNANSWERED,
    /** They take turns on one core, one thread at a time. */
    TAKE_TURNS_ON_ONE_CORE,
    /** They compute on all the cores at the same time, one thread per core. */
    USE_ALL_CORES_AT_ONCE,
    /** They cannot compute in parallel until each runs in a process of its own. */
    NEED_ONE_PROCESS_EACH
}
