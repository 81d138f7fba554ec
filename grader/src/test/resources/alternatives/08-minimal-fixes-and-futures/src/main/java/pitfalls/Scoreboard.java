package pitfalls;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RecursiveTask;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;

/**
 * The scoreboard service with each of the colleague's parallel versions fixed where it went wrong, the
 * checksum split by hand with fork/join, and the lookups each on a virtual thread of its own.
 */
public final class Scoreboard {

    private Scoreboard() {
    }

    /** The score of every move, in the order of the moves. */
    public static List<Long> scores(List<Long> moves, LongUnaryOperator score) {
        // toArray builds the array itself, each share in its place: nothing is added to a shared list.
        long[] scored = moves.parallelStream().mapToLong(score::applyAsLong).toArray();
        return Arrays.stream(scored).boxed().toList();
    }

    /** The bonus plus the score of every move. */
    public static long total(long bonus, List<Long> moves, LongUnaryOperator score) {
        // The colleague's reduce, with its seed made an identity: every share may start from 0.
        return bonus + moves.parallelStream().map(score::applyAsLong).reduce(0L, Long::sum);
    }

    /** Writes one line per move, {@code "move: score"}, to {@code out}, in the order of the moves. */
    public static void report(List<Long> moves, LongUnaryOperator score, Consumer<String> out) {
        // The lines are computed in parallel and collected in order; the list then hands them over in order.
        List<String> lines = moves.parallelStream().map(move -> move + ": " + score.applyAsLong(move)).toList();
        lines.forEach(out);
    }

    /** mix(1) + mix(2) + ... + mix(n), wrapping around on overflow as long arithmetic does. */
    public static long checksum(long n, LongUnaryOperator mix) {
        // invoke() sums on this thread, and the halves it forks go to the common pool's workers: both compute.
        // (ForkJoinPool.commonPool().invoke(task) could hand the whole sum to the pool's single worker on a
        // two-core machine, while this thread only waits.)
        return new MixSum(1, n + 1, mix).invoke();
    }

    /** mix(from) + ... + mix(to - 1): a short range directly, a long one as two halves summed apart. */
    private static final class MixSum extends RecursiveTask<Long> {

        private static final long SHORT = 10_000;

        private final long from;
        private final long to;
        private final LongUnaryOperator mix;

        MixSum(long from, long to, LongUnaryOperator mix) {
            this.from = from;
            this.to = to;
            this.mix = mix;
        }

        @Override
        protected Long compute() {
            if (to - from <= SHORT) {
                long sum = 0;
                for (long i = from; i < to; i++) {
                    sum += mix.applyAsLong(i);
                }
                return sum;
            }
            long middle = from + (to - from) / 2;
            MixSum lower = new MixSum(from, middle, mix);
            lower.fork();
            long upper = new MixSum(middle, to, mix).compute();
            return lower.join() + upper;
        }
    }

    /** The name of every player, in the order of the ids. */
    public static List<String> namesOf(List<String> playerIds, Directory directory) {
        // Waiting is not CPU work: a virtual thread per lookup lets every lookup wait at once.
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<String>> lookups = playerIds.stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> directory.nameOf(id), virtualThreads))
                    .toList();
            return lookups.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
