package dev.overlap.checks.eventloop;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The innermost frame of the submission on the current thread's stack, as a learner reads it: {@code
 * Radio.askHarbourOffice (Radio.java:73)}, or {@code a lambda in Radio.fetchManifest (Radio.java:63)}. The kit
 * reads it where its own code runs inside the submission's work (a harbour call, a future's completion), which is
 * the only moment that says which line of the submission got there.
 */
final class SubmissionFrame {

    private static final String PACKAGE = "eventloop.";
    private static final Pattern LAMBDA = Pattern.compile("lambda\\$(\\w+)\\$\\d+");

    private SubmissionFrame() {
    }

    static Optional<String> innermost() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith(PACKAGE))
                .findFirst()
                .map(SubmissionFrame::describe));
    }

    private static String describe(StackWalker.StackFrame frame) {
        String type = frame.getClassName().substring(PACKAGE.length());
        Matcher lambda = LAMBDA.matcher(frame.getMethodName());
        String method = lambda.matches() ? "a lambda in " + type + "." + lambda.group(1)
                : type + "." + frame.getMethodName();
        return method + " (" + frame.getFileName() + ":" + frame.getLineNumber() + ")";
    }
}
