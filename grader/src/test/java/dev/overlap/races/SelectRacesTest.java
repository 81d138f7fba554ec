package dev.overlap.races;

import channels.Select;
import dev.overlap.checks.channels.ReceiveEither;
import dev.overlap.checks.channels.SelectAssert;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario of 05's "select loses nothing", played 20 times with each racing select and with the reference:
 * every racing select fails it 20 times out of 20 with feedback that names its lost item, the reference passes
 * it 20 times out of 20.
 */
@DisplayName("05's select scenario fails a racing select every time and passes the reference every time")
class SelectRacesTest {

    private static final String HINT = "(the check's hint)";

    @TestFactory
    @DisplayName("plays the scenario 20 times with each racing select and with the reference")
    Stream<DynamicTest> playsEachSelect() {
        return RaceTests.<ReceiveEither>of((select, random) -> SelectAssert.assertThat(select).hint(HINT)
                        .losesNothing(random))
                .racy("a select built on invokeAny loses an item in 20 plays out of 20",
                        InvokeAnySelect::receiveEither, "returned by nobody")
                .racy("a select whose first listener to finish wins loses an item in 20 plays out of 20",
                        FirstToFinishSelect::receiveEither, "returned by nobody")
                .racy("a select racing a helper thread on the second channel loses an item in 20 plays out of 20",
                        HelperThreadSelect::receiveEither, "returned by nobody")
                .reference("the reference select passes 20 plays out of 20", Select::receiveEither)
                .tests();
    }
}
