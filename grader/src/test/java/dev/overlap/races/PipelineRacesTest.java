package dev.overlap.races;

import channels.Pipeline;
import dev.overlap.checks.channels.DeliveryRounds;
import dev.overlap.checks.channels.RunsPipeline;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenario of 05's "passes every item through exactly once", played 20 times with each racy pipeline and with
 * the reference: every racy pipeline fails it 20 times out of 20 with feedback that names its race, the reference
 * passes it 20 times out of 20.
 */
@DisplayName("05's delivery scenario fails a racy pipeline every time and passes the reference every time")
class PipelineRacesTest {

    @TestFactory
    @DisplayName("plays the scenario 20 times with each racy pipeline and with the reference")
    Stream<DynamicTest> playsEachPipeline() {
        return RaceTests.<RunsPipeline>of((pipeline, random) -> DeliveryRounds.play(pipeline, random,
                        run -> "(closing hint)", "(stages hint)"))
                .racy("a pipeline with two collector stages is caught sharing the collector in 20 plays out of 20",
                        TwoCollectorsPipeline::run, "the collector was called")
                .racy("a pipeline whose every worker closes the results fails to send a result in 20 plays out of 20",
                        EveryWorkerClosesPipeline::run, "the channel is closed")
                .reference("the reference pipeline passes 20 plays out of 20", Pipeline::run)
                .tests();
    }
}
