package dev.overlap.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Figures are kept per assertion: see {@code CheckMachineryTest} for a check's two assertions end to end. */
@DisplayName("Evidence keeps each assertion's figures")
class EvidenceTest {

    @Test
    @DisplayName("the runs a trial checks are part of the trial's assertion: its last figure is the one reported")
    void aTrialsRunsArePartOfIt() throws Exception {
        Evidence evidence = Evidence.begin();

        Evidence.assertionBegins();
        Evidence.partOfTheRunningAssertion(() -> {
            Evidence.assertionBegins();
            Evidence.record("timeline", "a timed run's");
            return null;
        });
        Evidence.record("timeline", "the median run's");

        assertThat(evidence.measurements()).containsEntry("timeline", "the median run's");
    }

    @Test
    @DisplayName("an assertion after the trial records beside it; what the check records belongs to the assertion before")
    void laterAssertionsRecordBeside() {
        Evidence evidence = Evidence.begin();

        Evidence.record("threads", 1);
        Evidence.assertionBegins();
        Evidence.record("threads", 2);
        Evidence.assertionBegins();
        Evidence.record("threads", 3);
        Evidence.record("threads", 4);

        assertThat(evidence.measurements()).containsEntry("threads", List.of(1, 2, 4));
    }
}
