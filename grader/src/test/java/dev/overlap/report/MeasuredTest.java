package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A figure several assertions of a check recorded is a list: a table cell shows each, a chart the last. */
@DisplayName("Reports read a figure recorded once or by several assertions")
class MeasuredTest {

    private static final Map<String, Object> TWO_RUNS = Map.of("peak_in_flight", List.of(1, 4), "threads", 4,
            "violations", List.of(2, 0));

    @Test
    @DisplayName("a table cell shows every assertion's figure, in the order asserted")
    void cellsShowEveryFigure() {
        assertThat(Figures.of(TWO_RUNS)).isEqualTo("peak 1 / 4 in flight, 4 thread(s)");
        assertThat(Figures.of(Map.of("violations", List.of(2, 0)))).isEqualTo("2 / 0 violation(s)");
    }

    @Test
    @DisplayName("a chart reads the last assertion's figure, and a figure recorded once as it is")
    void chartsReadTheLast() {
        assertThat(Measured.number(TWO_RUNS, "peak_in_flight")).contains(4.0);
        assertThat(Measured.number(TWO_RUNS, "threads")).contains(4.0);
        assertThat(Measured.number(TWO_RUNS, "missing")).isEmpty();
    }
}
