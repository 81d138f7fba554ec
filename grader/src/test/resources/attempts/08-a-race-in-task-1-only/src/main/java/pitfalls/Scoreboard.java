package pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.stream.LongStream;

/** The solution, but for the colleague's scores: forEach adding to one ArrayList from every thread. */
public final class Scoreboard {

    private Scoreboard() {
    }

    /** The score of every move, in the order of the moves. */
    public static List<Long> scores(List<Long> moves, LongUnaryOperator score) {
        // The mistake, the colleague's version: several threads add to one ArrayList at the same moment.
        List<Long> scores = new ArrayList<>();
        moves.parallelStream().map(score::applyAsLong).forEach(scores::add);
        return scores;
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
        // Waiting is not CPU work: a parallel stream would let only as many lookups wait as there are
        // cores. A virtual thread per lookup lets all of them wait at once.
        List<Future<String>> lookups = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String id : playerIds) {
                lookups.add(executor.submit(() -> directory.nameOf(id)));
            }
        }
        // Closing the executor waited for every lookup, so every future is done.
        return lookups.stream().map(Scoreboard::nameFrom).toList();
    }

    private static String nameFrom(Future<String> lookup) {
        if (lookup.state() == Future.State.FAILED && lookup.exceptionNow() instanceof RuntimeException failure) {
            throw failure;
        }
        return lookup.resultNow();
    }
}
