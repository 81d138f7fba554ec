package dev.overlap.measure;

import dev.overlap.evidence.Evidence;
import dev.overlap.measure.PinnedThreads.Pin;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Adds the pinned virtual threads of a check to its feedback: to the failure message of a check that
 * fails, to the note of one that passes. Registered by {@link ReportsPinning}. It works right around the check's
 * method (before and after its execution), so it records while the check's evidence is still open, whatever the
 * order the extensions were registered in.
 */
final class PinningExtension implements BeforeTestExecutionCallback, AfterTestExecutionCallback,
        TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PinningExtension.class);
    private static final int SHOWN = 3;

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        PinnedThreads.start();
        context.getStore(NAMESPACE).put(Instant.class, Instant.now());
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        List<Pin> pins = pins(context);
        if (!pins.isEmpty() && thrown instanceof AssertionError && thrown.getMessage() != null) {
            throw new AssertionError(thrown.getMessage().strip() + "\n" + sentence(pins), thrown);
        }
        throw thrown;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        List<Pin> pins = pins(context);
        Evidence.record("pinned_virtual_threads", pins.size());
        if (!pins.isEmpty()) {
            Evidence.record("pins", pins.stream().map(Pin::describe).toList());
            if (context.getExecutionException().isEmpty()) {
                Evidence.addToNote(sentence(pins));
            }
        }
    }

    private static List<Pin> pins(ExtensionContext context) {
        Instant start = context.getStore(NAMESPACE).get(Instant.class, Instant.class);
        if (start == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Pin> known = context.getStore(NAMESPACE).get(List.class, List.class);
        if (known == null) {
            known = PinnedThreads.since(start, PinnedThreads.submissionCode());
            context.getStore(NAMESPACE).put(List.class, known);
        }
        return known;
    }

    static String sentence(List<Pin> pins) {
        long longest = pins.stream().mapToLong(pin -> pin.duration().toMillis()).max().orElse(0);
        return String.format(Locale.ROOT, "While this check ran, a virtual thread was pinned to its carrier %d time%s (longest"
                + " %d ms): %s. A pinned virtual thread holds its platform thread while it waits, as a platform"
                + " thread would. On Java 21 to 23 a synchronized block or method around a wait pins: use a"
                + " ReentrantLock there; a wait inside a static initialiser pins on every version.", pins.size(),
                pins.size() == 1 ? "" : "s", longest, pins.stream().limit(SHOWN).map(Pin::describe)
                        .collect(Collectors.joining("; ")));
    }
}
