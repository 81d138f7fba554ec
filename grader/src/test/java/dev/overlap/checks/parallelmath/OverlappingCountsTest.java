package dev.overlap.checks.parallelmath;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.RepeatedTest;

class OverlappingCountsTest {

    /** A count kept in a field, every addition guarded: right for one call alone, on any machine. */
    private static long shared;

    @RepeatedTest(10)
    void aCountTheStreamMakesIsEachCallsOwn() {
        OverlappingCounts.Outcome both = OverlappingCounts.play(new SplittableRandom(),
                (from, to, test) -> LongStream.range(from, to).parallel().filter(test).count());

        assertThat(both.first().result()).isEqualTo(both.firstExpected());
        assertThat(both.second().result()).isEqualTo(both.secondExpected());
        assertThat(both.mixedCounts()).isEmpty();
    }

    // The witness must not depend on the scheduler: a guarded field never loses an update, so only the overlap of
    // the two calls can show it, and it must do so in every repetition.
    @RepeatedTest(10)
    void aCountKeptInAFieldMixesTwoCallsEveryTime() {
        OverlappingCounts.Outcome both = OverlappingCounts.play(new SplittableRandom(),
                OverlappingCountsTest::countInAGuardedField);

        assertThat(both.first().result()).isNotEqualTo(both.firstExpected());
        assertThat(both.mixedCounts()).hasValueSatisfying(text -> assertThat(text).contains("their counts mixed"));
    }

    private static long countInAGuardedField(long from, long to, LongPredicate test) {
        synchronized (OverlappingCountsTest.class) {
            shared = 0;
        }
        LongStream.range(from, to).parallel().forEach(n -> {
            if (test.test(n)) {
                synchronized (OverlappingCountsTest.class) {
                    shared++;
                }
            }
        });
        synchronized (OverlappingCountsTest.class) {
            return shared;
        }
    }
}
