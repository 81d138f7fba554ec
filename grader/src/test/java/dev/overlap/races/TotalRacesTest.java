package dev.overlap.races;

import static dev.overlap.races.PlaysAssert.assertThat;

import dev.overlap.checks.pitfalls.TotalRuns;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import pitfalls.Scoreboard;

/**
 * The scenario of 08's "adds the bonus exactly once", played 20 times with a total that adds into a shared
 * variable and with the reference: the racy total fails it 20 times out of 20 with feedback that names lost
 * additions, the reference passes it 20 times out of 20.
 */
@DisplayName("08's total scenario fails a shared accumulator every time and passes the reference every time")
class TotalRacesTest {

    private static final int RUNS = 20;

    @Test
    @DisplayName("a total that adds into one shared variable from forEach loses an addition in 20 plays out of 20")
    void sharedSumLosesAnAdditionEveryTime() {
        assertThat(plays(SharedSumTotal::total)).failedEveryTime("additions get lost");
    }

    @Test
    @DisplayName("the reference total passes 20 plays out of 20")
    void referencePassesEveryTime() {
        assertThat(plays(Scoreboard::total)).passedEveryTime();
    }

    private static Plays plays(TotalRuns.Total total) {
        return Plays.of(RUNS, seed -> TotalRuns.play(total, new SplittableRandom(seed)));
    }
}
