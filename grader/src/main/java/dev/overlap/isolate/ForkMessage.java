package dev.overlap.isolate;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.overlap.check.CheckStatus;
import java.util.List;
import java.util.Map;

/**
 * What the checks' JVM tells the grading JVM, one JSON line each, framed by a nonce the submission
 * never sees: a check started or finished, the checks' set-up failed, the JVM broke down in a check,
 * a limit was hit, or all checks are done.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForkMessage(String event, String check, CheckStatus status, String feedback,
                          Map<String, Object> measurements, List<String> findings,
                          String output) {

    static final String STARTED = "started";
    static final String FINISHED = "finished";
    static final String SETUP_FAILED = "setup_failed";
    static final String BROKE_DOWN = "broke_down";
    static final String LIMIT = "limit";
    static final String DONE = "done";

    static ForkMessage started(String check) {
        return new ForkMessage(STARTED, check, null, null, null, null, null);
    }

    static ForkMessage finished(String check, CheckStatus status, String feedback, Map<String, Object> measurements,
                                List<String> findings) {
        return new ForkMessage(FINISHED, check, status, feedback, measurements, findings, null);
    }

    static ForkMessage setupFailed(String feedback) {
        return new ForkMessage(SETUP_FAILED, null, null, feedback, null, null, null);
    }

    static ForkMessage brokeDown(String check, String what, String output) {
        return new ForkMessage(BROKE_DOWN, check, null, what, null, null, output);
    }

    static ForkMessage limit(String what, String output) {
        return new ForkMessage(LIMIT, null, null, what, null, null, output);
    }

    static ForkMessage done(String output) {
        return new ForkMessage(DONE, null, null, null, null, null, output);
    }

    /** Whether the message has what its event needs; anything else is dropped as unreadable. */
    boolean wellFormed() {
        if (event == null) {
            return false;
        }
        return switch (event) {
            case STARTED -> check != null;
            case FINISHED -> check != null && status != null;
            case SETUP_FAILED, LIMIT -> feedback != null;
            case BROKE_DOWN, DONE -> true;
            default -> false;
        };
    }
}
