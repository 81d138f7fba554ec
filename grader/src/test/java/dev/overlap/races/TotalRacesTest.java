package dev.overlap.races;

import dev.overlap.checks.pitfalls.TotalRuns;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import pitfalls.Scoreboard;

/**
 * The scenario of 08's "adds the bonus exactly once", played 20 times with a total that adds into a shared
 * variable and with the reference: the racy total fails it 20 times out of 20 with feedback that names lost
 * additions, the reference passes it 20 times out of 20.
 */
@DisplayName("08's total scenario fails a shared accumulator every time and passes the reference every time")
class TotalRacesTest {

    @TestFactory
    @DisplayName("plays the scenario 20 times with the racy total and with the reference")
    Stream<DynamicTest> playsEachTotal() {
        return RaceTests.<TotalRuns.Total>of(TotalRuns::play)
                .racy("a total that adds into one shared variable from forEach loses an addition in 20 plays out of 20",
                        SharedSumTotal::total, "additions get lost")
                .reference("the reference total passes 20 plays out of 20", Scoreboard::total)
                .tests();
    }
}
