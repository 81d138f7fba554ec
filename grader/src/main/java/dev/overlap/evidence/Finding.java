package dev.overlap.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The common mistakes a failed check can name, each with a stable code (in grade.json, the gradebook and the class
 * view) and the one line an instructor reads beside it. A check names the mistake where it writes the feedback that
 * explains it, through {@link Evidence#finding(Finding)}; this list is the only place codes come from.
 */
public enum Finding {
    FIXED_POOL("a pool of platform threads caps how many waits overlap at its size"),
    WAITS_IN_LOOP("waits for each task (get, join) in the loop that starts them, so the tasks run one after another"),
    PARALLEL_STREAM_FOR_WAITING("waits on the common fork-join pool (a parallel stream, an async stage without an"
            + " executor), which is sized for computing, not for waiting"),
    NO_BOUND("nothing bounds the waiting work in flight: no semaphore, or a queue without a capacity"),
    RETRIES_INSTEAD_OF_BOUNDING("retries what the service refused instead of staying under its limit"),
    LOCK_HELD_WHILE_WAITING("holds a shared resource (a lock, a cook) through a wait, so the others queue behind it"),
    IDLE_WORKER("always hands the work to the same worker and leaves the others idle"),
    UNGUARDED_RESOURCE("hands a resource that serves one at a time to two threads at once"),
    LOST_UPDATE("threads update shared state without coordination, so updates are lost"),
    SHARED_RESULT_LIST("threads add results to one shared list, which loses them or their order"),
    BLOCKS_THE_LOOP("waits on the event loop's thread, which holds every other event back"),
    COMPLETES_OFF_THE_LOOP("completes the loop's work on another thread instead of handing it back to the loop"),
    VIRTUAL_THREAD_POOL("pools virtual threads, which are cheap enough to start one per task"),
    COMPUTES_ON_VIRTUAL_THREADS("computes on virtual threads, which are for waiting, not for using the cores"),
    TOO_MANY_THREADS("computes on far more threads than cores, which only take turns"),
    NO_PARALLEL_STREAM("computes with hand-made threads where a parallel stream was asked for"),
    THREADS_OUTLIVE_THE_CALL("leaves threads running after the call or close() returned"),
    CHANNEL_CLOSED_EARLY("closes a channel while other senders still send into it"),
    SELECT_LOSES_ITEMS("a select that races one receiving thread per channel loses the loser's item"),
    DEADLINE_PER_CALL("gives each call its own deadline instead of one deadline for the whole operation"),
    FIRST_TO_FINISH("takes the first call to finish, even a failure, instead of the first good answer"),
    NO_INTERRUPT("catches an interrupt and drops it, so the caller never learns it was interrupted"),
    CHANNEL_NEVER_CLOSED("never closes a channel, so a stage waits for good for items that will not come"),
    CONCURRENT_OR_PARALLEL("mixes up concurrent (tasks in progress at once) and parallel (work at the same instant)"),
    WAITS_ADD_UP("expects waits on threads of their own to add up or to be shortened, rather than to overlap"),
    SWITCHING_SAVES_COMPUTING("expects one thread switching between computations to finish them sooner"),
    JAVA_HAS_A_GIL("expects Java threads that compute to take turns on one core, as Python's do under the GIL"),
    VIRTUAL_THREADS_COMPUTE_FASTER("expects virtual threads to compute faster, when they only wait more cheaply"),
    WRONG_TOOL("picks a tool that does not fit the work: virtual threads for waiting, a parallel stream for"
            + " computing");

    private final String meaning;

    Finding(String meaning) {
        this.meaning = meaning;
    }

    /** The stable code, as grade.json and the gradebook write it: {@code fixed-pool}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the mistake is, in one line for an instructor. */
    public String meaning() {
        return meaning;
    }

    public static Optional<Finding> ofCode(String code) {
        return Arrays.stream(values()).filter(finding -> finding.code().equals(code)).findFirst();
    }
}
