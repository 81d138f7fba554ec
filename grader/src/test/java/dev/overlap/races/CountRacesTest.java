package dev.overlap.races;

import dev.overlap.checks.parallelmath.OverlappingCounts;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import parallelmath.ParallelMath;

/**
 * The scenario of 07's "counts exactly what the test accepts" that needs no luck, two calls that overlap for certain,
 * played 20 times with counts kept in a field and with the reference: each count in a field fails it 20 times out of
 * 20 with feedback that names the mixed counts, the reference passes it 20 times out of 20.
 */
@DisplayName("07's overlapping counts fail a count kept in a field every time and pass the reference every time")
class CountRacesTest {

    @TestFactory
    @DisplayName("plays the scenario 20 times with counts kept in a field and with the reference")
    Stream<DynamicTest> playsEachCount() {
        return RaceTests.<OverlappingCounts.Count>of(OverlappingCounts::play)
                .racy("a count kept in a plain field mixes two calls in 20 plays out of 20", FieldCount::plain,
                        "their counts mixed")
                .racy("a count kept in a field guarded by a lock mixes two calls in 20 plays out of 20",
                        FieldCount::guarded, "their counts mixed")
                .reference("the reference count passes 20 plays out of 20", ParallelMath::countPrimes)
                .tests();
    }
}
