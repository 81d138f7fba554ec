package dev.overlap.checks.righttool;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Call;
import dev.overlap.measure.Run;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

/**
 * Names the usual wrong tools for the waiting half from the threads that sent the requests, and for the
 * computing half from the threads that ran the checkups. Both go by what the JDK does (measured on JDK 25):
 * the common fork-join pool keeps one worker fewer than the cores, a worker that blocks in a wait the pool
 * is told of (HttpClient.send is one) makes it add another, and a worker that sleeps keeps its place.
 */
final class WrongTool {

    static final String COMMON_POOL = "ForkJoinPool.commonPool-worker";

    /** Shortest first, so that worker-2 comes before worker-10 and the caller before the workers. */
    static final Comparator<String> BY_NAME = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private static final String BOUND = """
            Fetch on a virtual thread per animal, each holding a permit of a Semaphore(maxInFlight) while its request \
            is out: the semaphore is the bound.""";

    private WrongTool() {
    }

    /** What the threads that sent the recorded requests say about the tool; {@code otherwise} when they were right. */
    static String forWaiting(Run<?> requests, String otherwise) {
        List<String> platform = requests.calls().stream().filter(call -> !call.virtual()).map(Call::thread)
                .distinct().sorted(BY_NAME).toList();
        List<String> workers = platform.stream().filter(thread -> thread.startsWith(COMMON_POOL)).toList();
        if (!workers.isEmpty()) {
            Evidence.finding(Finding.PARALLEL_STREAM_FOR_WAITING);
            return "The requests went out from " + commonPool(platform, workers) + ", so from a parallel stream."
                    + " A parallel stream neither bounds waiting work nor sizes it. " + howThePoolGrew(workers) + " "
                    + BOUND;
        }
        if (platform.size() < 2) {
            return otherwise;
        }
        if (platform.size() < requests.calls().size()) {
            Evidence.finding(Finding.FIXED_POOL);
            return String.format("The requests went out from a pool of %d platform threads (%s). Each holds an"
                    + " operating-system thread while it waits, and the pool's size decides how many requests are"
                    + " in flight: it limits threads instead of requests. %s",
                    platform.size(), String.join(", ", platform), BOUND);
        }
        return String.format("The requests went out from %d platform threads, one per request. Each holds an"
                + " operating-system thread while it waits; a virtual thread costs almost nothing while it"
                + " waits. %s", platform.size(), BOUND);
    }

    /**
     * Why the checkups ran on more threads than cores when the common pool's workers ran them: the pool had
     * grown while the same stream waited for requests. Empty when no worker of the common pool ran them.
     */
    static String forComputing(List<String> threads) {
        List<String> workers = threads.stream().filter(thread -> thread.startsWith(COMMON_POOL)).toList();
        if (workers.isEmpty()) {
            return "";
        }
        Evidence.finding(Finding.PARALLEL_STREAM_FOR_WAITING);
        return String.format("%d of them were workers of the common fork-join pool, which keeps %d on %d cores"
                + " for computing and added the rest while the same parallel stream waited for requests, one for"
                + " each worker blocked in a send. Fetch every animal first, then hand the checkups to a parallel"
                + " stream of their own (task 2): with nothing blocking, it stays at one worker fewer than the"
                + " cores, plus the calling thread.", workers.size(), ForkJoinPool.getCommonPoolParallelism(),
                Runtime.getRuntime().availableProcessors());
    }

    /** "main and 3 workers of the common fork-join pool (ForkJoinPool.commonPool-worker-1, -2, -3)". */
    private static String commonPool(List<String> platform, List<String> workers) {
        List<String> others = platform.stream().filter(thread -> !workers.contains(thread)).toList();
        return String.format("%s%d worker%s of the common fork-join pool (%s%s)",
                others.isEmpty() ? "" : String.join(", ", others) + " and ", workers.size(),
                workers.size() == 1 ? "" : "s", COMMON_POOL, workers.stream()
                        .map(worker -> worker.substring(COMMON_POOL.length())).collect(Collectors.joining(", ")));
    }

    private static String howThePoolGrew(List<String> workers) {
        int parallelism = ForkJoinPool.getCommonPoolParallelism();
        int cores = Runtime.getRuntime().availableProcessors();
        if (workers.size() > parallelism) {
            return String.format("Its pool keeps %d worker%s on %d cores for computing, but it adds one whenever a"
                    + " worker blocks in a wait it is told of, as HttpClient.send does: here %d workers sent requests,"
                    + " so the requests in flight followed how the stream split the list, not the API's limit.",
                    parallelism, parallelism == 1 ? "" : "s", cores, workers.size());
        }
        return String.format("Its pool kept its %d worker%s on %d cores, and a worker that waits keeps its place,"
                + " so a few requests waited at a time however many the API allows.", parallelism,
                parallelism == 1 ? "" : "s", cores);
    }
}
