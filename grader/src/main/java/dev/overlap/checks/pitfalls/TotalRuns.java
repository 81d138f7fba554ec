package dev.overlap.checks.pitfalls;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.evidence.Evidence;
import dev.overlap.measure.Run;
import dev.overlap.workload.MixFunction;
import java.util.List;
import java.util.function.LongUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * What "adds the bonus exactly once" plays: many parallel runs of total on fresh moves, each scored through a
 * {@link MeetingScore}, so that in every run two threads score at the same moment. The check plays it with the
 * submission's total; the kit's own test plays it with a total that adds into one shared variable, which must
 * fail every time, and with the reference.
 */
public final class TotalRuns {

    /** A total under test: the submission's {@code Scoreboard::total}, or a kit test's own. */
    @FunctionalInterface
    public interface Total {
        long of(long bonus, List<Long> moves, LongUnaryOperator score);
    }

    private TotalRuns() {
    }

    /**
     * Runs {@code method} {@link PitfallsChecks#REPEATS} times; fails with an {@link AssertionError} at the first
     * run that returned a wrong total. With two threads held together at their first score, code that adds
     * into a shared variable loses an addition in nearly every run: if it escaped even one run in two, it would
     * escape all 25 with a probability of 2^-25, about one in 30 million.
     */
    public static void play(Total method, RandomGenerator random) {
        for (int repeat = 1; repeat <= PitfallsChecks.REPEATS; repeat++) {
            List<Long> moves = PitfallsChecks.moves(random, random.nextInt(2_000, 10_000));
            long bonus = random.nextLong(1_000, 1_000_000);
            long salt = random.nextLong();
            long total = bonus + moves.stream()
                    .mapToLong(move -> MixFunction.value(salt, PitfallsChecks.LIGHT, move)).sum();
            Run<Long> run = Run.of(recorder -> () -> method.of(bonus, moves,
                    new MeetingScore(new MixFunction(recorder, salt, PitfallsChecks.LIGHT))));

            assertThat(run).hint(PitfallsChecks.inRun(repeat, story(run.result(), total, bonus))).returned(total);
        }
        Evidence.record("runs", PitfallsChecks.REPEATS);
    }

    /** What a wrong total says about its cause, and what to try. */
    private static String story(Long result, long total, long bonus) {
        String oneBonus = "The seed of reduce starts the share of every thread, so it must change nothing (0 for a"
                + " sum); add the bonus once, outside the stream.";
        if (result == null || result == total) {
            return oneBonus;
        }
        long bonuses = (result - total) / bonus;
        if ((result - total) % bonus == 0) {
            return bonuses > 0 ? "The total is " + bonuses + " bonus(es) too high: the bonus was added "
                    + (bonuses + 1) + " times. " + oneBonus : oneBonus;
        }
        return "It is off by something other than a number of bonuses, as when additions get lost: threads that add"
                + " into one shared variable at the same moment each read the same old value and write back their"
                + " own sum, so one addition overwrites the other. Let the stream add up (mapToLong(...).sum()),"
                + " then add the bonus once.";
    }
}
