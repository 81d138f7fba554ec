package dev.overlap.isolate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What the checks' JVM tells the grading JVM, one JSON line each, framed by a nonce the submission
 * never sees: a check started, a check finished, a limit was hit, or all checks are done.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForkMessage(String event, String check, Boolean passed, String feedback,
                          Map<String, Object> measurements, String output) {

    static final String STARTED = "started";
    static final String FINISHED = "finished";
    static final String LIMIT = "limit";
    static final String DONE = "done";

    static ForkMessage started(String check) {
        return new ForkMessage(STARTED, check, null, null, null, null);
    }

    static ForkMessage finished(String check, boolean passed, String feedback, Map<String, Object> measurements) {
        return new ForkMessage(FINISHED, check, passed, feedback, measurements, null);
    }

    static ForkMessage limit(String what) {
        return new ForkMessage(LIMIT, null, null, what, null, null);
    }

    static ForkMessage done(String output) {
        return new ForkMessage(DONE, null, null, null, null, output);
    }
}
