package dev.overlap.checks.parallelmath;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Run;
import dev.overlap.workload.CpuReferences;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongPredicate;
import java.util.random.RandomGenerator;

/**
 * Two counts that overlap for certain: the first call's test holds the first number it is given until the second
 * call has returned. Whether two threads of one stream add to a shared counter at the same moment is up to the
 * scheduler (on a busy machine they may never do); two calls that overlap are up to the kit. A count the stream
 * makes ({@code filter(...).count()}) belongs to its call and comes out right; a count kept in a field (count++,
 * an AtomicLong, a synchronized block) takes in the other call's numbers, every time. The check plays it with the
 * submission's countPrimes; the kit's own test plays it with counts kept in a field, which must fail every time, and
 * with the reference.
 */
public final class OverlappingCounts {

    /**
     * Far beyond the few milliseconds the second count takes on one core: only a submission that lets one call in at
     * a time keeps the second waiting this long, and then the first goes on alone.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final int NUMBERS = 200_000;

    /** A count under test: the submission's {@code ParallelMath::countPrimes}, or a kit test's own. */
    @FunctionalInterface
    public interface Count {
        long of(long from, long to, LongPredicate test);
    }

    /** The two calls, each with the count it should have returned. */
    private record Outcome(Run<Long> first, long firstExpected, Run<Long> second, long secondExpected) {

        /** What went wrong, for a learner: counts that took in each other's numbers, if they did. */
        Optional<String> mixedCounts() {
            if (first.result() == null || second.result() == null
                    || first.result() == firstExpected && second.result() == secondExpected) {
                return Optional.empty();
            }
            Evidence.finding(Finding.LOST_UPDATE);
            return Optional.of(String.format(Locale.ROOT, "Two calls at once, the first held until the second had"
                    + " returned, counted %d and %d where %d and %d were right: their counts mixed. A counter shared"
                    + " by the threads of a parallel stream is shared by every call at the same time too, however it"
                    + " is guarded (count++, an AtomicLong or a synchronized block on a field, from forEach). Let the"
                    + " stream count: filter(isPrime).count() keeps each call's count its own.", first.result(),
                    second.result(), firstExpected, secondExpected));
        }
    }

    private OverlappingCounts() {
    }

    /**
     * Plays the two calls; fails with an {@link AssertionError} when either did not return its own count, saying
     * so when their counts mixed.
     */
    public static void play(Count count, RandomGenerator random) {
        Outcome both = overlap(count, random);
        String hint = both.mixedCounts().orElse("Count every n with from <= n < to that isPrime accepts, each once,"
                + " in every call: two calls at once each return their own count.");
        assertThat(both.first()).hint(hint).completed().returned(both.firstExpected());
        assertThat(both.second()).hint(hint).completed().returned(both.secondExpected());
    }

    private static Outcome overlap(Count count, RandomGenerator random) {
        long firstFrom = random.nextLong(0, 1_000_000_000L);
        long secondFrom = random.nextLong(0, 1_000_000_000L);
        LongPredicate firstTest = everyOther(random.nextLong());
        LongPredicate secondTest = everyOther(random.nextLong());
        CompletableFuture<Boolean> firstHeld = new CompletableFuture<>();
        CompletableFuture<Void> secondDone = new CompletableFuture<>();
        AtomicBoolean holding = new AtomicBoolean();
        LongPredicate heldTest = n -> {
            if (holding.compareAndSet(false, true)) {
                firstHeld.complete(true);
                // join() waits without being interruptible: an interrupt from the submission cannot end the hold.
                secondDone.completeOnTimeout(null, PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
            }
            return firstTest.test(n);
        };

        CompletableFuture<Run<Long>> first = CompletableFuture.supplyAsync(
                () -> Run.of(recorder -> heldTest, test -> count.of(firstFrom, firstFrom + NUMBERS, test)),
                task -> Thread.ofPlatform().daemon().start(task));
        first.whenComplete((run, failure) -> firstHeld.complete(false));
        boolean overlapped = firstHeld.completeOnTimeout(false, PATIENCE.toMillis(), TimeUnit.MILLISECONDS).join();
        Run<Long> second = Run.of(recorder -> secondTest, test -> count.of(secondFrom, secondFrom + NUMBERS, test));
        secondDone.complete(null);
        Evidence.record("overlapping_calls", overlapped ? 2 : 1);
        return new Outcome(joined(first), CpuReferences.countOneByOne(firstFrom, firstFrom + NUMBERS, firstTest),
                second, CpuReferences.countOneByOne(secondFrom, secondFrom + NUMBERS, secondTest));
    }

    /** A test that accepts about every other number, in no pattern a submission could guess. */
    static LongPredicate everyOther(long salt) {
        return n -> Long.bitCount(n ^ salt) % 2 == 0;
    }

    /** The first call's run; a JVM that broke down in it (a stack overflow) ends the check as it would in any run. */
    private static Run<Long> joined(CompletableFuture<Run<Long>> first) {
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
