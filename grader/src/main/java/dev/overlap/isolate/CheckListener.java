package dev.overlap.isolate;

import dev.overlap.check.EvidenceEntry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Turns JUnit's events for each check into fork messages. */
final class CheckListener implements TestExecutionListener {

    private final Channel channel;
    private final Map<String, Map<String, Object>> measurements = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    CheckListener(Channel channel) {
        this.channel = channel;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        methodOf(test).ifPresent(method -> channel.send(ForkMessage.started(method)));
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        methodOf(test).ifPresent(method -> {
            Map<String, String> values = entry.getKeyValuePairs();
            if (values.containsKey(EvidenceEntry.MEASUREMENTS)) {
                measurements.put(method, EvidenceEntry.decode(values.get(EvidenceEntry.MEASUREMENTS)));
            }
            if (values.containsKey(EvidenceEntry.NOTE)) {
                notes.put(method, values.get(EvidenceEntry.NOTE));
            }
        });
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        Optional<String> method = methodOf(test);
        if (method.isEmpty()) {
            // A failure of the class itself (its set-up) fails every check; the grading JVM sees no result for them.
            return;
        }
        boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
        String feedback = passed ? notes.getOrDefault(method.get(), "")
                : result.getThrowable().map(Feedback::of).orElse("The check failed without a reason.");
        channel.send(ForkMessage.finished(method.get(), passed, feedback,
                measurements.getOrDefault(method.get(), Map.of())));
    }

    private static Optional<String> methodOf(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getMethodName());
    }
}
