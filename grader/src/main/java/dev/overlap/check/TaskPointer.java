package dev.overlap.check;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Ends a failed check's message with where in the README to read: "See README, task N.", N from the check's
 * {@link Check#task()}. One source for the pointer, so a hint never names a task the check does not grade. Only an
 * assertion's message gets it: anything else a check throws is reported with its origin, which a pointer would not
 * end well. A message that already names its task (a check quoting its task in the middle of a sentence) keeps its
 * own.
 */
public final class TaskPointer implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        String message = thrown.getMessage();
        Check check = context.getTestMethod().map(method -> method.getAnnotation(Check.class)).orElse(null);
        if (!(thrown instanceof AssertionError) || message == null || check == null) {
            throw thrown;
        }
        if (message.contains("README, task " + check.task())) {
            throw thrown;
        }
        AssertionError pointed = new AssertionError(ended(message.strip(), "See README, task " + check.task() + "."),
                thrown.getCause());
        pointed.setStackTrace(thrown.getStackTrace());
        throw pointed;
    }

    /** After the last sentence; on a line of its own after a list or a quoted line that ends without a full stop. */
    private static String ended(String message, String pointer) {
        String lastLine = message.substring(message.lastIndexOf('\n') + 1);
        boolean sentence = !lastLine.isBlank() && !Character.isWhitespace(lastLine.charAt(0))
                && ".!?)".indexOf(lastLine.charAt(lastLine.length() - 1)) >= 0;
        return message + (sentence ? " " : "\n") + pointer;
    }
}
