package dev.overlap.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.overlap.rules.Submission.theSubmission;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/** Rules about how a submission uses streams for CPU work. */
public final class StreamRules {

    public static final ArchRule THE_SUBMISSION_USES_A_PARALLEL_STREAM = theSubmission()
            .should(useAParallelStream())
            .because("a parallel stream splits the work over the common fork-join pool, one worker per core"
                    + " besides the calling thread, and puts the results back in order (collection.parallelStream()"
                    + " or stream.parallel())");

    public static final ArchRule NO_CODE_CALLS_FOR_EACH_ON_A_STREAM = noClasses()
            .should().callMethodWhere(streamCall("forEach"))
            .because("on a parallel stream forEach runs its action on many threads at once and in no order:"
                    + " collect the results instead (toList(), collect(...), joining(...)), or use"
                    + " forEachOrdered where the order of side effects matters");

    public static final ArchRule NO_CODE_BUILDS_A_STREAM_WITH_ITERATE = noClasses()
            .should().callMethodWhere(streamCall("iterate"))
            .because("Stream.iterate makes each element from the one before, so it cannot be cut in halves for"
                    + " the cores, and it boxes every number: LongStream.range(...) splits evenly and stays"
                    + " primitive");

    private static final Set<String> STREAMS = Set.of("java.util.stream.BaseStream", "java.util.stream.Stream",
            "java.util.stream.IntStream", "java.util.stream.LongStream", "java.util.stream.DoubleStream");

    private StreamRules() {
    }

    private static ArchCondition<Submission> useAParallelStream() {
        return new ArchCondition<>("use a parallel stream") {
            @Override
            public void check(Submission submission, ConditionEvents events) {
                boolean uses = submission.methodCalls().anyMatch(call -> call.getName().equals("parallelStream")
                        || call.getName().equals("parallel") && STREAMS.contains(call.getTargetOwner().getName()));
                events.add(new SimpleConditionEvent(submission, uses, uses
                        ? "the submission uses a parallel stream"
                        : "no class of the submission calls parallelStream() or parallel()"));
            }
        };
    }

    private static DescribedPredicate<JavaCall<?>> streamCall(String method) {
        return DescribedPredicate.describe("the method is " + method + " of a stream", call -> call.getName().equals(method)
                && STREAMS.contains(call.getTargetOwner().getName()));
    }
}
