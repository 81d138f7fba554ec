package dev.overlap.isolate;

import dev.overlap.check.CheckStatus;
import dev.overlap.evidence.EvidenceEntry;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Turns JUnit's events for each check into fork messages. */
final class CheckListener implements TestExecutionListener {

    /** Feedback is for a person to read; anything longer is a flood, not an explanation. */
    private static final int FEEDBACK_LIMIT = 8 * 1024;

    private final Channel channel;
    private final Halt halt;
    private final Supplier<String> output;
    private final Map<String, Map<String, Object>> measurements = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private final Map<String, List<String>> findings = new HashMap<>();

    CheckListener(Channel channel, Halt halt, Supplier<String> output) {
        this.channel = channel;
        this.halt = halt;
        this.output = output;
    }

    /** A listener whose messages go nowhere: for training runs, which run no submission and report to no one. */
    static CheckListener unheard() {
        Channel nobody = new Channel("unheard", new PrintStream(OutputStream.nullOutputStream(), true,
                StandardCharsets.UTF_8));
        return new CheckListener(nobody, new Halt(nobody), () -> "");
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        methodOf(test).ifPresent(method -> channel.send(ForkMessage.started(method)));
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        methodOf(test).ifPresent(method -> channel.send(ForkMessage.finished(method, CheckStatus.NOT_RUN, cap(reason),
                Map.of(), List.of())));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        methodOf(test).ifPresent(method -> {
            Map<String, String> values = entry.getKeyValuePairs();
            if (values.containsKey(EvidenceEntry.MEASUREMENTS)) {
                measurements.put(method, EvidenceEntry.decode(values.get(EvidenceEntry.MEASUREMENTS)));
            }
            if (values.containsKey(EvidenceEntry.FINDINGS)) {
                findings.put(method, EvidenceEntry.decodeFindings(values.get(EvidenceEntry.FINDINGS)));
            }
            if (values.containsKey(EvidenceEntry.NOTE)) {
                notes.put(method, values.get(EvidenceEntry.NOTE));
            }
        });
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Optional<String> method = methodOf(test);
        Optional<VirtualMachineError> broken = result.getThrowable().flatMap(CheckListener::brokenJvm);
        if (broken.isPresent()) {
            halt.after(ForkMessage.brokeDown(method.orElse(null), cap(broken.get().toString()), output.get()),
                    ExitCodes.BROKE_DOWN);
        }
        if (method.isEmpty()) {
            // A failure of the class itself (its set-up) leaves every check without a result; say why.
            result.getThrowable().ifPresent(thrown -> channel.send(ForkMessage.setupFailed(cap(Feedback.of(thrown)))));
            return;
        }
        boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        // Aborted: the check could not judge (the machine was too busy for its timing); it says why, and is not run.
        boolean aborted = result.getStatus() == TestExecutionResult.Status.ABORTED;
        String feedback = passed ? notes.getOrDefault(method.get(), "")
                : result.getThrowable().map(thrown -> aborted ? thrown.getMessage() : Feedback.of(thrown))
                        .orElse("The check failed without a reason.");
        CheckStatus status = passed ? CheckStatus.PASSED : aborted ? CheckStatus.NOT_RUN : CheckStatus.FAILED;
        channel.send(ForkMessage.finished(method.get(), status, cap(feedback),
                measurements.getOrDefault(method.get(), Map.of()),
                // A mistake named on the way to a verdict that passed was not the learner's: only failures keep theirs.
                status == CheckStatus.FAILED ? findings.getOrDefault(method.get(), List.of()) : List.of()));
    }

    private static Optional<VirtualMachineError> brokenJvm(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 32; depth++, cause = cause.getCause()) {
            if (cause instanceof VirtualMachineError broken) {
                return Optional.of(broken);
            }
        }
        return Optional.empty();
    }

    private static String cap(String text) {
        return text.length() <= FEEDBACK_LIMIT ? text
                : text.substring(0, FEEDBACK_LIMIT) + "\n[cut: " + (text.length() - FEEDBACK_LIMIT)
                        + " more characters]";
    }

    private static Optional<String> methodOf(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getMethodName());
    }
}
