package parallelmath;

import java.util.List;

/**
 * Four heavy math tasks for {@link Stopwatch#main} to time, each about half a second on one core. The grader
 * brings tasks of its own; these are only here so that you can watch your cores work.
 */
final class MathTasks {

    private MathTasks() {
    }

    static List<HeavyTask> fourHeavyTasks() {
        return List.of(
                () -> primesBelow(2_500_000),
                () -> longestCollatzStart(1_500_000),
                () -> leibnizPi(150_000_000),
                () -> sumOfDivisorCounts(200_000_000));
    }

    /** How many primes there are below {@code limit}, testing each number by trial division. */
    static long primesBelow(long limit) {
        long count = 0;
        for (long n = 2; n < limit; n++) {
            boolean prime = true;
            for (long d = 2; d * d <= n && prime; d++) {
                prime = n % d != 0;
            }
            if (prime) {
                count++;
            }
        }
        return count;
    }

    /** The start below {@code limit} whose Collatz sequence (halve if even, 3n + 1 if odd) is longest. */
    static long longestCollatzStart(long limit) {
        long best = 1;
        long bestSteps = 0;
        for (long start = 1; start < limit; start++) {
            long steps = 0;
            for (long n = start; n != 1; n = n % 2 == 0 ? n / 2 : 3 * n + 1) {
                steps++;
            }
            if (steps > bestSteps) {
                best = start;
                bestSteps = steps;
            }
        }
        return best;
    }

    /** Pi from the first {@code terms} terms of 4 * (1 - 1/3 + 1/5 - ...), times a billion. */
    static long leibnizPi(long terms) {
        double sum = 0;
        for (long k = 0; k < terms; k++) {
            sum += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        }
        return Math.round(sum * 1_000_000_000);
    }

    /** The number of divisors of every n up to {@code limit}, added up: the sum of limit / d over d. */
    static long sumOfDivisorCounts(long limit) {
        long sum = 0;
        for (long d = 1; d <= limit; d++) {
            sum += limit / d;
        }
        return sum;
    }
}
