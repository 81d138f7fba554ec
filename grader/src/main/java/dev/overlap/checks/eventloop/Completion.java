package dev.overlap.checks.eventloop;

import dev.overlap.measure.ThreadCensus;
import java.util.Optional;

/**
 * Where a handler's future completed, read on the completing thread at that moment: the thread as a learner reads
 * it and, off the loop, what brought it there. The submission's own frame when it is on the stack (a handler's code
 * that called {@code complete}); otherwise the thread's last call to the harbour and the line that made it (the
 * stage after a wait runs where the wait ended, and the submission's lambda has returned by then).
 *
 * @param how for instance "right after it waited for the manifest Beagle-m0, called from Radio.askHarbourOffice
 *            (Radio.java:73)"; empty on the loop, or when neither is known
 */
record Completion(boolean onLoop, String thread, Optional<String> how) {

    static Completion here(boolean onLoop, RecordedHarbour harbour) {
        Thread current = Thread.currentThread();
        String thread = ThreadCensus.describe(current.getName(), current.isVirtual());
        if (onLoop) {
            return new Completion(true, thread, Optional.empty());
        }
        Optional<String> how = SubmissionFrame.innermost().map(frame -> "in " + frame)
                .or(() -> harbour.lastCallOfThisThread().map(call -> "right after that thread " + call));
        return new Completion(false, thread, how);
    }

    /** "an unnamed virtual thread, right after that thread waited for ..." */
    String describe() {
        return thread + how.map(text -> ", " + text).orElse("");
    }
}
