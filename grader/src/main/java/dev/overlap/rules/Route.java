package dev.overlap.rules;

import dev.overlap.rules.flow.MethodId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How code reaches, from an entry point, what a {@link PathFinder} looks for: each call or lambda on the way,
 * with the file and line where it is written, down to the call found.
 *
 * @param found what the call found is, for the rule that looked for it (a {@link BlockingCall}, for instance)
 */
public record Route<T>(MethodId entry, List<Step> steps, T found) {

    /** One hop: what runs next, and where the code that makes it run is written. */
    public record Step(String what, String file, int line) {

        @Override
        public String toString() {
            return what + " (" + file + ":" + line + ")";
        }
    }

    /** The call found. */
    public Step last() {
        return steps.getLast();
    }

    /** {@code Desk.profile -> Desk.waitFor (Desk.java:35) -> Thread.sleep (Desk.java:52)} */
    public String route() {
        return entry.display() + steps.stream().map(step -> " -> " + step).collect(Collectors.joining());
    }
}
