package dev.overlap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parallel-stream rule follows the code a graded method runs: every fixture's graded method is
 * {@code count}, and all the fixtures are one submission, so a parallel stream elsewhere in it is always there
 * to be wrongly counted.
 */
@DisplayName("A parallel stream counts only when a graded method reaches it")
class StreamRulesTest {

    private static final String STREAMS = Fixtures.PACKAGE + ".Streams$";

    @ParameterizedTest(name = "{0} holds: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Direct             | Streams.Direct.count -> List.parallelStream (Streams.java:14)
            ViaHelper          | Streams.ViaHelper.count -> Streams.Ranges.evens (Streams.java:21) -> LongStream.parallel (Streams.java:73)
            ViaMethodReference | Streams.ViaMethodReference.count -> method reference Collection::parallelStream (Streams.java:28)
            InAPoolOfItsOwn    | Streams.InAPoolOfItsOwn.count -> lambda in Streams.InAPoolOfItsOwn.count (Streams.java:36) -> Streams.Ranges.evens (Streams.java:36) -> LongStream.parallel (Streams.java:73)
            NeverRun           | Streams.NeverRun.count -> LongStream.parallel (Streams.java:44)
            """)
    void holdsWhenReached(String fixture, String route) {
        GradedMethods graded = GradedMethods.of(STREAMS + fixture, "count");

        assertThatCode(() -> RuleAssert.assertThat(StreamRules.gradedMethodsReachAParallelStream(graded))
                .holdsFor(Fixtures.classes("Streams"))).doesNotThrowAnyException();
        assertThat(StreamRules.routesToAParallelStream(graded, "count", Fixtures.bytecode("Streams")))
                .extracting(Route::route).first().isEqualTo(route);
    }

    @Test
    @DisplayName("a parallel stream only in a method that the graded method never calls fails, naming the graded method")
    void failsWhenOnlyAnUncalledMethodHasIt() {
        ArchRule rule = StreamRules.gradedMethodsReachAParallelStream(GradedMethods.of(STREAMS + "Uncalled", "count"));

        assertThatThrownBy(() -> RuleAssert.assertThat(rule).holdsFor(Fixtures.classes("Streams")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Rule broken: the submission should reach a parallel stream from each of"
                        + " Streams.Uncalled.count, because a parallel stream splits the work")
                .hasMessageContaining("not when it sits in code the method never calls")
                .hasMessageContaining("- Streams.Uncalled.count never reaches a parallel stream: neither it nor a"
                        + " method, lambda or task it runs calls parallelStream() or parallel()");
    }

    @Test
    @DisplayName("each graded method must reach one: the violation names the one that does not")
    void everyGradedMethodNeedsOne() {
        ArchRule rule = StreamRules.gradedMethodsReachAParallelStream(
                GradedMethods.of(STREAMS + "Half", "count", "sum"));

        assertThatThrownBy(() -> RuleAssert.assertThat(rule).holdsFor(Fixtures.classes("Streams")))
                .hasMessageContaining("from each of Streams.Half.count and Streams.Half.sum")
                .hasMessageContaining("Streams.Half.sum never reaches a parallel stream")
                .message().doesNotContain("Streams.Half.count never");
    }
}
