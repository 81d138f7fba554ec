package dev.overlap.checks.righttool;

import dev.overlap.measure.Call;
import dev.overlap.measure.Run;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Recognises the usual wrong choice for the waiting half from the threads that sent the requests, so
 * that the feedback names it: a parallel stream (the common fork-join pool and the calling thread) or
 * another pool of platform threads, each capping the requests in flight at its size.
 */
final class WrongTool {

    private static final String COMMON_POOL = "ForkJoinPool.commonPool-worker";

    private WrongTool() {
    }

    /** A sentence about the threads that sent the recorded requests when they were the wrong ones, else "". */
    static String forWaiting(Run<?> requests) {
        List<Call> platform = requests.calls().stream().filter(call -> !call.virtual()).toList();
        if (platform.isEmpty()) {
            return "";
        }
        String threads = platform.stream().map(Call::thread).distinct().sorted().collect(Collectors.joining(", "));
        int cores = Runtime.getRuntime().availableProcessors();
        if (platform.stream().anyMatch(call -> call.thread().startsWith(COMMON_POOL))) {
            return String.format(" The requests went out from %s: the common fork-join pool, so a parallel stream."
                    + " A parallel stream is the tool for computing: it is sized for the cores (%d here), not for"
                    + " the API's limit, and each of its threads holds an operating-system thread while it waits."
                    + " Waiting needs no core: fetch with a virtual thread per animal instead; see README, task 1.",
                    threads, cores);
        }
        if (platform.stream().map(Call::thread).distinct().count() < 2) {
            return "";
        }
        return String.format(" The requests went out from platform threads (%s): each one holds an operating-system"
                + " thread while it waits, and a pool of them caps the requests in flight at its size. Fetch with a"
                + " virtual thread per animal instead; see README, task 1.", threads);
    }
}
