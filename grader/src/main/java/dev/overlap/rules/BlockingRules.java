package dev.overlap.rules;

import static dev.overlap.rules.Submission.theSubmission;

import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.overlap.rules.flow.Bytecode;
import java.util.List;

/**
 * The rule that code on an async path never blocks. An async path starts at an entry point the
 * exercise declares (see {@link AsyncPaths}) and goes wherever the code runs on the same thread:
 * into the submission's helper methods, followed transitively, and into lambdas, method references,
 * anonymous and inner classes that are run there. A violation names the route and the fix:
 * {@code Desk.profile -> Desk.waitFor (Desk.java:35) -> Thread.sleep (Desk.java:52). ...}
 */
public final class BlockingRules {

    private BlockingRules() {
    }

    /** Nothing reachable on the same thread from these entry points calls a blocking method. */
    public static ArchRule asyncPathsNeverBlock(AsyncPaths paths) {
        return theSubmission().should(neverBlock(paths))
                .because("an async path shares its thread with everything else that thread serves: while it waits,"
                        + " nothing else on that thread runs, so waiting work belongs on a virtual thread of its own"
                        + " and the async path only continues when the result is there");
    }

    /** The blocking routes from these entry points, for a check or a test that wants the details. */
    public static List<Route<BlockingCall>> routes(AsyncPaths paths, Bytecode bytecode) {
        return new PathFinder<>(bytecode, BlockingCatalogue.SOUGHT).from(paths.in(bytecode.classes()).toList());
    }

    /** The whole story for a learner: where, what it waits for, and what to do instead. */
    static String explain(Route<BlockingCall> route) {
        return route.route() + ". " + route.last().what() + " " + route.found().why() + ", and "
                + route.entry().display() + " must not wait." + route.found().fix();
    }

    private static ArchCondition<Submission> neverBlock(AsyncPaths paths) {
        return new ArchCondition<>("never block on " + paths.describe()) {
            @Override
            public void check(Submission submission, ConditionEvents events) {
                List<Route<BlockingCall>> routes = routes(paths, Bytecode.of(submission.classes()));
                routes.forEach(route -> events.add(SimpleConditionEvent.violated(submission, explain(route))));
                if (routes.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(submission, "no blocking call on " + paths.describe()));
                }
            }
        };
    }
}
