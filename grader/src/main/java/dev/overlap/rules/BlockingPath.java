package dev.overlap.rules;

import dev.overlap.rules.flow.MethodId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How an async path reaches a blocking call: from the entry point, each call or lambda on the way,
 * with the file and line where it is written, down to the blocking call itself.
 */
public record BlockingPath(MethodId entry, List<Step> steps, BlockingCall call) {

    /** One hop: what runs next, and where the code that makes it run is written. */
    public record Step(String what, String file, int line) {

        @Override
        public String toString() {
            return what + " (" + file + ":" + line + ")";
        }
    }

    public Step blockingStep() {
        return steps.getLast();
    }

    /** {@code Desk.profile -> Desk.waitFor (Desk.java:35) -> Thread.sleep (Desk.java:52)} */
    public String route() {
        return entry.display() + steps.stream().map(step -> " -> " + step).collect(Collectors.joining());
    }

    /** The whole story for a learner: where, what it waits for, and what to do instead. */
    public String explain() {
        return route() + ". " + blockingStep().what() + " " + call.why() + ", and " + entry.display()
                + " must not wait." + call.fix();
    }
}
