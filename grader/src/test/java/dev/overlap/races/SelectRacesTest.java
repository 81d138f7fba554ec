package dev.overlap.races;

import static dev.overlap.races.PlaysAssert.assertThat;

import channels.Select;
import dev.overlap.checks.channels.ReceiveEither;
import dev.overlap.checks.channels.SelectAssert;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scenario of 05's "select loses nothing", played 20 times with each racing select and with the reference:
 * every racing select fails it 20 times out of 20 with feedback that names its lost item, the reference passes
 * it 20 times out of 20.
 */
@DisplayName("05's select scenario fails a racing select every time and passes the reference every time")
class SelectRacesTest {

    private static final int RUNS = 20;
    private static final String HINT = "(the check's hint)";

    @Test
    @DisplayName("a select built on invokeAny loses an item in 20 plays out of 20")
    void invokeAnyLosesAnItemEveryTime() {
        assertThat(plays(InvokeAnySelect::receiveEither)).failedEveryTime("returned by nobody");
    }

    @Test
    @DisplayName("a select whose first listener to finish wins loses an item in 20 plays out of 20")
    void firstToFinishLosesAnItemEveryTime() {
        assertThat(plays(FirstToFinishSelect::receiveEither)).failedEveryTime("returned by nobody");
    }

    @Test
    @DisplayName("a select racing a helper thread on the second channel loses an item in 20 plays out of 20")
    void helperThreadLosesAnItemEveryTime() {
        assertThat(plays(HelperThreadSelect::receiveEither)).failedEveryTime("returned by nobody");
    }

    @Test
    @DisplayName("the reference select passes 20 plays out of 20")
    void referencePassesEveryTime() {
        assertThat(plays(Select::receiveEither)).passedEveryTime();
    }

    private static Plays plays(ReceiveEither select) {
        return Plays.of(RUNS, seed -> SelectAssert.assertThat(select).hint(HINT)
                .losesNothing(new SplittableRandom(seed)));
    }
}
