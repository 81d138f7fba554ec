package dev.overlap.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A timeline, as the report draws it")
class TimelineTest {

    private static final long MS = 1_000_000;

    @Test
    @DisplayName("a bar says what the thread did, in tenths of a millisecond from the run's start, by the name"
            + " reports give its label")
    void bars() {
        Call wait = new Call("3f9c21ab", 12 * MS + 34_567, 312 * MS + 89_012, "virtual#21", true,
                "ForkJoinPool-1-worker-1", Activity.WAITING, List.of());
        Call compute = new Call("task 2", 10 * MS, 90 * MS, "main", false, "", Activity.COMPUTING,
                List.of(new Call.Span(10 * MS, 30 * MS), new Call.Span(70 * MS, 90 * MS)));

        Map<String, Object> data = new Timeline(List.of(wait, compute), 10 * MS, Duration.ofMillis(305),
                Map.of("3f9c21ab", "task A")).asMeasurement();

        assertThat(data).containsEntry("wall_ms", 305.0).doesNotContainKey("bars_left_out");
        assertThat(data.get("bars")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(
                Map.<String, Object>of("label", "task A", "kind", "wait", "thread", "virtual#21", "virtual", true,
                        "carrier", "ForkJoinPool-1-worker-1", "start_ms", 2.0, "end_ms", 302.1),
                Map.<String, Object>of("label", "task 2", "kind", "compute", "thread", "main", "virtual", false, "start_ms", 0.0,
                        "end_ms", 80.0, "busy", List.of(List.of(0.0, 20.0), List.of(60.0, 80.0))));
    }

    @Test
    @DisplayName("draws at most 200 bars and counts the calls it leaves out")
    void mostBars() {
        List<Call> calls = IntStream.range(0, 250).mapToObj(i -> new Call("call " + i, i * MS, (i + 1) * MS, "main",
                false, "", Activity.WAITING, List.of())).toList();

        Map<String, Object> data = new Timeline(calls, 0, Duration.ofMillis(250), Map.of()).asMeasurement();

        assertThat(data.get("bars")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(Timeline.MOST_BARS);
        assertThat(data).containsEntry("bars_left_out", 50);
    }
}
