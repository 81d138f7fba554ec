package dev.overlap.isolate;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the grading JVM learned from one checks JVM.
 *
 * @param results      the checks that finished, in order
 * @param running      the check that had started but not finished when the JVM ended, if any
 * @param done         whether the JVM reported that all checks were done
 * @param consistent   whether every check reported at most one result and the JVM at most one end; a report
 *                     that says two things about the same check cannot be trusted
 * @param setupFailure why the checks could not start, if they could not
 * @param brokeDown    the stack overflow or other JVM error that ended a check, if one did
 * @param limit        the limit the JVM reported hitting, if any
 * @param output       what the submission printed (capped)
 * @param errors       what the JVM itself printed on its error stream (capped)
 * @param threadDump   the learner's frames of a thread dump taken at the time limit, if it was hit
 * @param checksMillis how long the checks ran, from the first one's start to the JVM's last message, as this JVM
 *                     heard them
 */
public record ForkOutcome(List<ForkMessage> results, Optional<String> running, boolean done, boolean consistent,
                          boolean timedOut, int exitCode, Optional<String> setupFailure, Optional<String> brokeDown,
                          Optional<String> limit, String output, String errors, Optional<String> threadDump,
                          long checksMillis) {

    static ForkOutcome of(List<ForkMessage> messages, boolean timedOut, int exitCode, String stray, String errors,
                          Optional<String> threadDump, long checksMillis) {
        List<ForkMessage> results = only(messages, ForkMessage.FINISHED);
        Optional<String> running = only(messages, ForkMessage.STARTED).stream().map(ForkMessage::check)
                .filter(check -> results.stream().noneMatch(result -> result.check().equals(check)))
                .reduce((first, second) -> second);
        List<ForkMessage> ends = messages.stream().filter(m -> m.event().equals(ForkMessage.DONE)
                || m.event().equals(ForkMessage.LIMIT) || m.event().equals(ForkMessage.BROKE_DOWN)).toList();
        boolean consistent = ends.size() <= 1 && results.stream().map(ForkMessage::check)
                .collect(Collectors.toSet()).size() == results.size();
        Optional<ForkMessage> end = ends.stream().findFirst();
        Optional<ForkMessage> brokeDown = end.filter(m -> m.event().equals(ForkMessage.BROKE_DOWN));
        String output = end.map(ForkMessage::output).orElse("") + stray;
        return new ForkOutcome(results, brokeDown.map(ForkMessage::check).or(() -> running),
                end.filter(m -> m.event().equals(ForkMessage.DONE)).isPresent(), consistent, timedOut, exitCode,
                only(messages, ForkMessage.SETUP_FAILED).stream().map(ForkMessage::feedback).findFirst(),
                brokeDown.map(ForkMessage::feedback),
                end.filter(m -> m.event().equals(ForkMessage.LIMIT)).map(ForkMessage::feedback),
                output, errors, threadDump, checksMillis);
    }

    /** The JVM ended itself on its heap limit ({@code -XX:+ExitOnOutOfMemoryError}) before the checks were done. */
    public boolean ranOutOfMemory() {
        return !done && exitCode == ExitCodes.OUT_OF_MEMORY;
    }

    private static List<ForkMessage> only(List<ForkMessage> messages, String event) {
        return messages.stream().filter(message -> message.event().equals(event)).toList();
    }
}
