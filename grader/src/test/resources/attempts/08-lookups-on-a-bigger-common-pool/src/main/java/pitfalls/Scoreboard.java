package pitfalls;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/** The solution, but for the lookups: a parallel stream on a common pool made as big as the list of ids. */
public final class Scoreboard {

    private Scoreboard() {
    }

    /** The score of every move, in the order of the moves. */
    public static List<Long> scores(List<Long> moves, LongUnaryOperator score) {
        // toList() collects each thread's share on its own and joins the shares in encounter order:
        // nothing is shared, so nothing is lost.
        return moves.parallelStream().map(score::applyAsLong).toList();
    }

    /** The bonus plus the score of every move. */
    public static long total(long bonus, List<Long> moves, LongUnaryOperator score) {
        // The seed of a reduction starts every thread's share, so it must change nothing: 0 for a sum.
        // The bonus is added once, outside.
        return bonus + moves.parallelStream().mapToLong(score::applyAsLong).sum();
    }

    /** Writes one line per move, {@code "move: score"}, to {@code out}, in the order of the moves. */
    public static void report(List<Long> moves, LongUnaryOperator score, Consumer<String> out) {
        // The lines are built in parallel; forEachOrdered hands them to out one at a time, in order.
        moves.parallelStream().map(move -> move + ": " + score.applyAsLong(move)).forEachOrdered(out);
    }

    /** mix(1) + mix(2) + ... + mix(n), wrapping around on overflow as long arithmetic does. */
    public static long checksum(long n, LongUnaryOperator mix) {
        // A range knows its size, so it splits in exact halves; a LongStream never boxes a number.
        return LongStream.rangeClosed(1, n).parallel().map(mix).sum();
    }

    /** The name of every player, in the order of the ids. */
    public static List<String> namesOf(List<String> playerIds, Directory directory) {
        // The mistake: a common pool with a thread per lookup lets every lookup wait at once, but every parallel
        // stream of the program now runs on more threads than cores, CPU work too.
        ForkJoinPool common = ForkJoinPool.commonPool();
        common.setParallelism(Math.max(common.getParallelism(), playerIds.size()));
        return playerIds.parallelStream().map(directory::nameOf).toList();
    }
}
