package dev.overlap.measure;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Pattern;

/**
 * Where the platform threads of a run came from, read from the names the JDK gives them: the threads of a
 * pool made by {@code Executors} are {@code pool-1-thread-1}, those of the common fork-join pool (parallel
 * streams, async stages without an executor) {@code ForkJoinPool.commonPool-worker-1}. A learner reads which
 * of their choices capped the overlap; a thread named otherwise earns no guess.
 */
public final class ThreadOrigins {

    private static final Pattern EXECUTORS_POOL = Pattern.compile("pool-\\d+-thread-\\d+");
    private static final Pattern OWN_FORK_JOIN_POOL = Pattern.compile("ForkJoinPool-\\d+-worker-\\d+");
    private static final String COMMON_POOL = "ForkJoinPool.commonPool-worker-";

    private ThreadOrigins() {
    }

    /**
     * A sentence about the pool the run's calls ran on, ending with a space, to put before a check's hint; empty when
     * no pool shows.
     */
    public static String story(Run<?> run) {
        List<Call> calls = run.calls();
        List<String> platform = calls.stream().filter(call -> !call.virtual()).map(Call::thread).distinct().toList();
        List<String> common = platform.stream().filter(name -> name.startsWith(COMMON_POOL)).toList();
        if (!common.isEmpty()) {
            int parallelism = ForkJoinPool.getCommonPoolParallelism();
            Evidence.finding(Finding.PARALLEL_STREAM_FOR_WAITING);
            return "The calls ran on the common fork-join pool (" + String.join(", ", common) + "), where a"
                    + " parallel stream, or an async stage without an executor, runs its work. It is sized for"
                    + " computing, not for waiting: one thread per core but one (" + parallelism + " here)"
                    + (common.size() > parallelism ? ", plus spare threads while its threads are blocked" : "")
                    + ", so how many calls wait at once depends on the machine and the pool, not on your code. ";
        }
        boolean pooled = !platform.isEmpty() && platform.stream().allMatch(ThreadOrigins::pooled);
        if (pooled && calls.size() > platform.size()) {
            Evidence.finding(Finding.FIXED_POOL);
            return "The " + calls.size() + " calls took turns on the " + platform.size() + " platform threads of a"
                    + " thread pool (" + String.join(", ", platform) + "): a pool of " + platform.size()
                    + " threads lets at most " + platform.size() + " calls wait at once. ";
        }
        if (pooled) {
            Evidence.finding(Finding.FIXED_POOL);
            return "These are the threads of a thread pool (" + String.join(", ", platform) + "), and a pool caps"
                    + " how many calls wait at once at its size. ";
        }
        return "";
    }

    /**
     * Whether a thread of this name belongs to a pool the code made: {@code pool-1-thread-1},
     * {@code ForkJoinPool-1-worker-1}.
     */
    public static boolean pooled(String threadName) {
        return EXECUTORS_POOL.matcher(threadName).matches() || OWN_FORK_JOIN_POOL.matcher(threadName).matches();
    }
}
