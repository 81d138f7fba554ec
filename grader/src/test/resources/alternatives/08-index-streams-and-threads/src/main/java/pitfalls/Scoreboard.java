package pitfalls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The scoreboard service, parallel where the work is CPU work and concurrent where it is waiting.
 *
 * <p>Each parallel method lets the stream build its result, and most go by index: move {@code i}'s score
 * lands in place {@code i}, whichever thread computed it.
 */
public final class Scoreboard {

    private Scoreboard() {
    }

    /** The score of every move, in the order of the moves. */
    public static List<Long> scores(List<Long> moves, LongUnaryOperator score) {
        // The stream collects each thread's share separately and joins the shares in index order.
        return IntStream.range(0, moves.size()).parallel()
                .mapToObj(i -> score.applyAsLong(moves.get(i)))
                .toList();
    }

    /** The bonus plus the score of every move. */
    public static long total(long bonus, List<Long> moves, LongUnaryOperator score) {
        // summingLong starts every thread's share at 0; the bonus is no identity, so it is added once, here.
        long scored = moves.parallelStream().collect(Collectors.summingLong(score::applyAsLong));
        return bonus + scored;
    }

    /** Writes one line per move, {@code "move: score"}, to {@code out}, in the order of the moves. */
    public static void report(List<Long> moves, LongUnaryOperator score, Consumer<String> out) {
        // The expensive part, scoring, runs in parallel; handing the lines over is cheap and done in order.
        String[] lines = IntStream.range(0, moves.size()).parallel()
                .mapToObj(i -> moves.get(i) + ": " + score.applyAsLong(moves.get(i)))
                .toArray(String[]::new);
        for (String line : lines) {
            out.accept(line);
        }
    }

    /** mix(1) + mix(2) + ... + mix(n), wrapping around on overflow as long arithmetic does. */
    public static long checksum(long n, LongUnaryOperator mix) {
        // A primitive range knows its size and splits evenly; 0 is the identity of a sum, so every share may
        // start from it.
        return LongStream.rangeClosed(1, n).parallel().map(mix).reduce(0L, Long::sum);
    }

    /** The name of every player, in the order of the ids. */
    public static List<String> namesOf(List<String> playerIds, Directory directory) {
        // Waiting is not CPU work: one virtual thread per lookup lets them all wait at the same time.
        String[] names = new String[playerIds.size()];
        RuntimeException[] failures = new RuntimeException[playerIds.size()];
        List<Thread> lookups = new ArrayList<>();
        for (int i = 0; i < playerIds.size(); i++) {
            int slot = i;
            lookups.add(Thread.ofVirtual().start(() -> {
                try {
                    names[slot] = directory.nameOf(playerIds.get(slot));
                } catch (RuntimeException e) {
                    failures[slot] = e;
                }
            }));
        }
        joinAll(lookups);
        for (RuntimeException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return Arrays.asList(names);
    }

    /** Waits for every thread; joining also makes what they wrote visible to this one. */
    private static void joinAll(List<Thread> threads) {
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the lookups were under way", e);
        }
    }
}
