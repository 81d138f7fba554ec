package dev.overlap.races;

import static dev.overlap.races.PlaysAssert.assertThat;

import channels.Pipeline;
import dev.overlap.checks.channels.DeliveryRounds;
import dev.overlap.checks.channels.RunsPipeline;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The scenario of 05's "passes every item through exactly once", played 20 times with each racy pipeline and with
 * the reference: every racy pipeline fails it 20 times out of 20 with feedback that names its race, the reference
 * passes it 20 times out of 20.
 */
@DisplayName("05's delivery scenario fails a racy pipeline every time and passes the reference every time")
class PipelineRacesTest {

    private static final int RUNS = 20;

    @Test
    @DisplayName("a pipeline with two collector stages is caught sharing the collector in 20 plays out of 20")
    void twoCollectorsAreCaughtEveryTime() {
        assertThat(plays(TwoCollectorsPipeline::run)).failedEveryTime("the collector was called");
    }

    @Test
    @DisplayName("a pipeline whose every worker closes the results fails to send a result in 20 plays out of 20")
    void everyWorkerClosingIsCaughtEveryTime() {
        assertThat(plays(EveryWorkerClosesPipeline::run)).failedEveryTime("the channel is closed");
    }

    @Test
    @DisplayName("the reference pipeline passes 20 plays out of 20")
    void referencePassesEveryTime() {
        assertThat(plays(Pipeline::run)).passedEveryTime();
    }

    private static Plays plays(RunsPipeline pipeline) {
        return Plays.of(RUNS, seed -> DeliveryRounds.play(pipeline, new SplittableRandom(seed), run -> "(closing hint)",
                "(stages hint)"));
    }
}
