package dev.overlap.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.EvidenceEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * The machinery every check runs in, tried in seconds on a class of sample checks rather than through a grade run:
 * the order, the prerequisites that hold a check back, the evidence each check publishes and the README task a failed
 * check points to. JUnit is configured
 * as a checks JVM configures it.
 */
@DisplayName("The machinery of checks")
class CheckMachineryTest {

    @Test
    @DisplayName("runs correctness first and speedup last, and a check after the checks it waits for")
    void ordersChecks() {
        List<String> reached = run(SampleChecks.class).allEvents()
                .filter(event -> event.getType() == EventType.STARTED || event.getType() == EventType.SKIPPED)
                .map(event -> event.getTestDescriptor().getDisplayName()).filter(name -> name.startsWith("s")).toList();

        assertThat(reached).containsExactly("sums right", "sums wrong", "shares a pool", "sums at once",
                "shapes the code", "sums soon");
    }

    @Test
    @DisplayName("holds back a check of a task whose correctness failed, saying which check held it back, and no other")
    void holdsBackOnlyTheBrokenTask() {
        EngineExecutionResults results = run(SampleChecks.class);

        assertThat(reasonSkipped(results, "sums at once")).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("Not run: this check counts only once \"sums wrong\" (task 2) passes, and it did not."));
        assertThat(reasonSkipped(results, "sums soon")).as("requires names a check of task 1, which passed").isEmpty();
        assertThat(reasonSkipped(results, "shares a pool")).isEmpty();
    }

    @Test
    @DisplayName("publishes each check's measurements and note, whether it passed or failed")
    void publishesEvidence() {
        EngineExecutionResults results = run(SampleChecks.class);

        Map<String, String> right = entriesOf(results, "sums right");
        assertThat(EvidenceEntry.decode(right.get(EvidenceEntry.MEASUREMENTS))).containsEntry("sum", 3);
        assertThat(right.get(EvidenceEntry.NOTE)).isEqualTo("1 + 2 made 3. Checked twice.");
        assertThat(EvidenceEntry.decode(entriesOf(results, "sums wrong").get(EvidenceEntry.MEASUREMENTS)))
                .containsEntry("sum", 4);
    }

    @Test
    @DisplayName("keeps the figure of each assertion that records a name, in the order asserted: its last, and once")
    void keepsEachAssertionsFigure() {
        Map<String, Object> measurements = EvidenceEntry.decode(entriesOf(run(SampleChecks.class), "adds two pairs")
                .get(EvidenceEntry.MEASUREMENTS));

        assertThat(measurements).containsEntry("sum", List.of(3, 4)).containsEntry("times_checked", List.of(2, 1));
    }

    @Test
    @DisplayName("ends a failed check's feedback with its own task of the README")
    void pointsToTheTask() {
        Throwable failure = run(SampleChecks.class).allEvents().finished().stream()
                .filter(event -> named(event, "sums wrong")).findFirst().orElseThrow()
                .getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();

        assertThat(failure).isInstanceOf(AssertionError.class).message().contains("expected: 4")
                .endsWith("\nSee README, task 2.");
    }

    private static EngineExecutionResults run(Class<?> checks) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .configurationParameter("junit.jupiter.testmethod.order.default", CheckOrder.class.getName())
                .selectors(selectClass(checks)).execute();
    }

    private static Optional<String> reasonSkipped(EngineExecutionResults results, String check) {
        return results.allEvents().skipped().stream().filter(event -> named(event, check)).findFirst()
                .map(event -> event.getPayload(String.class).orElse(""));
    }

    private static Map<String, String> entriesOf(EngineExecutionResults results, String check) {
        return results.allEvents().reportingEntryPublished().stream().filter(event -> named(event, check))
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
                .collect(HashMap::new, Map::putAll, Map::putAll);
    }

    private static boolean named(Event event, String check) {
        return event.getTestDescriptor().getDisplayName().equals(check);
    }

    /** An assertion as checks write them: it records what it measured, then says what it expected. */
    static final class SumAssert extends CheckAssert<SumAssert, Integer> {

        private int times;

        SumAssert(int sum) {
            super(sum, SumAssert.class);
        }

        SumAssert is(int expected) {
            Evidence.record("sum", actual);
            Evidence.record("times_checked", ++times);
            if (actual != expected) {
                failWithMessage("It summed to %d; expected %d.%s", actual, expected, hint());
            }
            return this;
        }
    }

    /**
     * Two tasks: task 1 right, task 2 wrong; each kind once; one check that requires a check of another task; one check
     * whose two assertions record the same name.
     */
    @SuppressWarnings("unused")
    static class SampleChecks {

        @Check(task = 1, kind = Kind.SPEEDUP, points = 1, requires = "sumsRight")
        @DisplayName("sums soon")
        void sumsSoon() {
        }

        @Check(task = 2, kind = Kind.CONCURRENCY, points = 1)
        @DisplayName("sums at once")
        void sumsAtOnce() {
        }

        @Check(task = 1, kind = Kind.STRUCTURE, points = 1)
        @DisplayName("shapes the code")
        void shapesTheCode() {
        }

        @Check(task = 1, kind = Kind.CONCURRENCY, points = 1)
        @DisplayName("shares a pool")
        void sharesAPool() {
        }

        @Check(task = 2, kind = Kind.CORRECTNESS, points = 1)
        @DisplayName("sums wrong")
        void sumsWrong() {
            Evidence.record("sum", 4);
            assertThat(1 + 2).as("the sum").isEqualTo(4);
        }

        @Check(task = 1, kind = Kind.CORRECTNESS, points = 1)
        @DisplayName("adds two pairs")
        void addsTwoPairs() {
            new SumAssert(1 + 2).is(3).is(3);
            new SumAssert(2 + 2).is(4);
            new SumAssert(2 + 2).is(4);
        }

        @Check(task = 1, kind = Kind.CORRECTNESS, points = 1)
        @DisplayName("sums right")
        void sumsRight() {
            Evidence.record("sum", 3);
            Evidence.note("1 + 2 made 3.");
            Evidence.addToNote("Checked twice.");
            assertThat(1 + 2).isEqualTo(3);
        }
    }
}
