package pitfalls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.stream.Stream;

/**
 * The scoreboard service, as it was before anyone made it parallel: every method is right, and every
 * method uses one core. Each has a trap waiting for the first {@code .parallel()}; README.md shows them.
 *
 * <p>The grader calls these methods with its own moves, score function and directory, so keep their
 * signatures as they are.
 */
public final class Scoreboard {

    private Scoreboard() {
    }

    /** The score of every move, in the order of the moves. */
    public static List<Long> scores(List<Long> moves, LongUnaryOperator score) {
        List<Long> scores = new ArrayList<>();
        // TODO(task 1): make the scoring parallel, and keep every score, in order.
        moves.stream().map(score::applyAsLong).forEach(scores::add);
        return scores;
    }

    /** The bonus plus the score of every move. */
    public static long total(long bonus, List<Long> moves, LongUnaryOperator score) {
        // TODO(task 2): make the scoring parallel, and add the bonus exactly once.
        return moves.stream().map(score::applyAsLong).reduce(bonus, Long::sum);
    }

    /** Writes one line per move, {@code "move: score"}, to {@code out}, in the order of the moves. */
    public static void report(List<Long> moves, LongUnaryOperator score, Consumer<String> out) {
        // TODO(task 3): make the scoring parallel, and keep the lines in the order of the moves.
        moves.stream().map(move -> move + ": " + score.applyAsLong(move)).forEach(out);
    }

    /** mix(1) + mix(2) + ... + mix(n), wrapping around on overflow as long arithmetic does. */
    public static long checksum(long n, LongUnaryOperator mix) {
        // TODO(task 4): make this parallel, and faster than it is now on one core.
        return Stream.iterate(1L, i -> i + 1).limit(n).map(mix::applyAsLong).reduce(0L, Long::sum);
    }

    /** The name of every player, in the order of the ids. */
    public static List<String> namesOf(List<String> playerIds, Directory directory) {
        // TODO(task 5): have every lookup waiting at the same time.
        return playerIds.stream().map(directory::nameOf).toList();
    }
}
