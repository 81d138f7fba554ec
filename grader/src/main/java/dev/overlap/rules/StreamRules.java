package dev.overlap.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static dev.overlap.rules.Submission.theSubmission;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.rules.flow.Bytecode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules about how a submission uses streams for CPU work. */
public final class StreamRules {

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

    /** The calls that make a stream parallel, wherever the graded method's code runs them. */
    private static final Sought<String> PARALLEL_STREAMS = new Sought<>() {
        @Override
        public Optional<String> at(String owner, String name, String descriptor, Bytecode bytecode) {
            boolean parallel = name.equals("parallelStream")
                    && bytecode.types().isAssignable(owner, "java/util/Collection")
                    || name.equals("parallel") && bytecode.types().isAssignable(owner, "java/util/stream/BaseStream");
            return parallel ? Optional.of(name + "()") : Optional.empty();
        }

        // A parallel stream that a task of the graded method starts (in a pool of its own, say) still splits its work.
        @Override
        public boolean crossesThreads() {
            return true;
        }
    };

    private StreamRules() {
    }

    /**
     * A parallel stream is reachable from each graded method: made parallel in it, or in a method, lambda or task
     * that it runs, on its own thread or another. One in code that no graded method runs does not count. The rule
     * does not ask that the stream then runs to its end: whether the work was split is what the checks measure.
     */
    public static ArchRule gradedMethodsReachAParallelStream(GradedMethods graded) {
        return theSubmission().should(reachAParallelStreamFrom(graded))
                .because("a parallel stream splits the work over the common fork-join pool, whose workers are one"
                        + " fewer than the cores while the calling thread works too, and puts the results back in order (collection.parallelStream()"
                        + " or stream.parallel()); it splits a graded method's work only when that method runs it,"
                        + " directly or through your own methods, not when it sits in code the method never calls");
    }

    private static ArchCondition<Submission> reachAParallelStreamFrom(GradedMethods graded) {
        return new ArchCondition<>("reach a parallel stream from each of " + graded.describe()) {
            @Override
            public void check(Submission submission, ConditionEvents events) {
                Bytecode bytecode = Bytecode.of(submission.classes());
                for (String name : graded.names()) {
                    List<Route<String>> routes = routesToAParallelStream(graded, name, bytecode);
                    events.add(routes.isEmpty()
                            ? SimpleConditionEvent.violated(submission, Evidence.finding(Finding.NO_PARALLEL_STREAM,
                                    graded.display(name) + " never reaches a parallel stream: neither it nor a"
                                    + " method, lambda or task it runs calls parallelStream() or parallel()"))
                            : SimpleConditionEvent.satisfied(submission, routes.getFirst().route()));
                }
            }
        };
    }

    /** How graded method {@code name} reaches a parallel stream, the shortest route first; none when it does not. */
    static List<Route<String>> routesToAParallelStream(GradedMethods graded, String name, Bytecode bytecode) {
        return new PathFinder<>(bytecode, PARALLEL_STREAMS).from(graded.named(name, bytecode.classes()));
    }

    private static DescribedPredicate<JavaCall<?>> streamCall(String method) {
        return DescribedPredicate.describe("the method is " + method + " of a stream", call -> call.getName().equals(method)
                && STREAMS.contains(call.getTargetOwner().getName()));
    }
}
