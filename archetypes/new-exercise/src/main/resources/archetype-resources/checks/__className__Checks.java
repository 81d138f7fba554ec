package dev.overlap.checks.${package};

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import ${package}.Lookup;
import ${package}.${className};

/**
 * A skeleton that grades the generated starter and solution, so the exercise is graded and self-checked
 * from its first build: one correctness check that both pass, one concurrency check only the solution
 * passes.
 *
 * <p>TODO(author): replace both with the checks of your lesson. Each check must be able to fail; the
 * starter must pass every correctness check and fail every other one. ThreeTasksChecks shows a speedup
 * check (a Trial against a baseline timed in the same run) and a structure check (ArchUnit rules).
 */
@Exercise(id = "${artifactId}", timeoutSeconds = 60)
@DisplayName("${artifactId.replace('-', ' ')}: TODO(author) the idea in a few words")
class ${className}Checks {

    /** Long enough that lookups started together are surely in flight together, short enough to grade fast. */
    private static final Duration LATENCY = Duration.ofMillis(100);

    private static final String START_EACH = "TODO(author): what to try, and which section of the README to read.";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("looks up every key once and returns the answers in key order")
    void looksUpEveryKeyOnceInOrder() {
        List<String> keys = keys(Inputs.random("order"));

        Run<List<String>> run = Run.of(recorder -> () -> ${className}.findAll(lookup(recorder), keys));

        assertThat(run)
                .hint("Return answer i for key i, whatever order the lookups finish in.")
                .completed()
                .ranEachCallOnce(keys)
                .returned(keys.stream().map(${className}Checks::answerTo).toList());
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("has every lookup in flight at the same time")
    void hasEveryLookupInFlight() {
        List<String> keys = keys(Inputs.random("flight"));

        Run<List<String>> run = Run.of(recorder -> () -> ${className}.findAll(lookup(recorder), keys));

        assertThat(run).hint(START_EACH).completed().peakInFlight(keys.size());
    }

    /** Each lookup is a recorded wait, so the grader sees when, and on which thread, each one ran. */
    private static Lookup lookup(Recorder recorder) {
        return key -> new WaitingTask(recorder, key, LATENCY, answerTo(key)).call();
    }

    /** A few keys the submission cannot guess, in an order it cannot guess either. */
    private static List<String> keys(RandomGenerator random) {
        return Stream.generate(() -> HexFormat.of().toHexDigits(random.nextInt())).distinct()
                .limit(random.nextInt(3, 7)).toList();
    }

    private static String answerTo(String key) {
        return "answer to " + key;
    }
}
