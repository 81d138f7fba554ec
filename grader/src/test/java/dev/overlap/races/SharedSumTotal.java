package dev.overlap.races;

import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * A total that keeps the bonus out of the reduction's seed but adds every score into one shared variable from
 * a parallel stream's forEach. The race: {@code sum[0] += score} reads the variable, adds and writes back; two
 * threads that read the same old value each write back their own sum, and one addition is lost.
 */
final class SharedSumTotal {

    private SharedSumTotal() {
    }

    static long total(long bonus, List<Long> moves, LongUnaryOperator score) {
        long[] sum = {bonus};
        moves.parallelStream().forEach(move -> sum[0] += score.applyAsLong(move));
        return sum[0];
    }
}
