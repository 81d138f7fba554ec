package dev.overlap.checks;

import dev.overlap.evidence.Evidence;
import java.io.IOException;
import java.util.Locale;

/**
 * How the exercises that hand the learner an Animals API (03 and 10) check that the requests in flight follow its
 * limit: the same animals, under the limit and then under twice it. Code bounded by maxInFlight peaks at each. A tool
 * that sizes itself (a pool, or a parallel stream, whose pool grows by a worker for each one blocked in a send) peaks
 * where its own size puts it, the same under both: on some zoos that happens to equal the first limit, never both.
 */
public final class TwoLimits {

    /** One run of the submission under {@code limit}; {@code context} starts every hint of its assertions. */
    @FunctionalInterface
    public interface LimitRun {
        void keepsInFlight(int limit, String context) throws IOException;
    }

    private TwoLimits() {
    }

    /** Plays {@code run} under {@code limit} and then under twice it, over the same {@code animals}, recording each. */
    public static void play(int limit, int animals, LimitRun run) throws IOException {
        Evidence.record("limit", limit);
        run.keepsInFlight(limit, "");
        Evidence.record("limit", 2 * limit);
        run.keepsInFlight(2 * limit, String.format(Locale.ROOT, "This run doubled the limit to %d over the same %d"
                + " animals, after a run at %d that peaked exactly there: the requests in flight must follow"
                + " maxInFlight. ", 2 * limit, animals, limit));
    }
}
