package dev.overlap.checks.mirrors;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.overlap.checks.mirrors.MirrorScenario.Spec;
import dev.overlap.measure.Run;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a race returned is judged against its mirrors: the animal, or a sentence that says why not. */
@DisplayName("A race's answer is judged against its mirrors")
class RaceAssertTest {

    @Test
    @DisplayName("an early fallback says the race ended with the down mirror, from the race's own mirrors")
    void earlyFallback() throws IOException {
        try (MirrorScenario race = race()) {
            Run<String> run = Run.of(recorder -> race::fallback);

            assertThatThrownBy(() -> RaceAssert.assertThat(race).hint("Keep the first good answer.")
                    .returnedTheAnimal(run))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageStartingWith("It returned the fallback after ")
                    .hasMessageContaining(" ms, although 2 of the 3 mirrors serve the animal (in 60 ms and 240 ms) and"
                            + " only one is down. That is before any good mirror could answer (the fast one takes 60"
                            + " ms): the race ended when the down mirror failed, after 15 ms. A race must end with")
                    .hasMessageEndingWith("and cancels the rest. Keep the first good answer.");
        }
    }

    @Test
    @DisplayName("the animal passes, and another answer is named with the animal every good mirror serves")
    void theAnimal() throws Exception {
        try (MirrorScenario race = race()) {
            String animal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(race.uri(race.mirror("fast")))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();

            assertThatCode(() -> RaceAssert.assertThat(race).returnedTheAnimal(Run.of(recorder -> () -> animal)))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> RaceAssert.assertThat(race).returnedTheAnimal(Run.of(recorder -> () -> "{}")))
                    .hasMessage("It returned {}; every good mirror serves the animal "
                            + race.uris().getFirst().getPath() + ".");
        }
    }

    private static MirrorScenario race() throws IOException {
        return MirrorScenario.start(new SplittableRandom(7), Spec.good("slow", 240), Spec.down("down", 15),
                Spec.good("fast", 60));
    }
}
