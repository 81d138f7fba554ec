package dev.overlap.isolate;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns what a check threw into feedback: an assertion's message as is, anything else with its origin. */
final class Feedback {

    private static final int FRAMES = 6;

    private Feedback() {
    }

    static String of(Throwable thrown) {
        if (thrown instanceof AssertionError && thrown.getMessage() != null) {
            return thrown.getMessage().strip();
        }
        if (thrown instanceof LinkageError) {
            return "The checks could not call your code (" + thrown + "). Keep the classes and method signatures"
                    + " of the starter as they are.";
        }
        String where = Arrays.stream(thrown.getStackTrace()).limit(FRAMES)
                .map(frame -> "\n    at " + frame).collect(Collectors.joining());
        return "The check stopped with " + thrown + where;
    }
}
