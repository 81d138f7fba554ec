package dev.overlap.isolate;

import java.util.List;
import java.util.Optional;

/**
 * Everything the grading JVM learned from one checks JVM.
 *
 * @param results  the checks that finished, in order
 * @param running  the check that had started but not finished when the JVM ended, if any
 * @param done     whether the JVM reported that all checks were done
 * @param limit    the limit the JVM reported hitting, if any
 * @param output   what the submission printed (capped)
 * @param errors   what the JVM itself printed on its error stream (capped)
 * @param threadDump the learner's frames of a thread dump taken at the time limit, if it was hit
 */
public record ForkOutcome(List<ForkMessage> results, Optional<String> running, boolean done, boolean timedOut,
                          int exitCode, Optional<String> limit, String output, String errors,
                          Optional<String> threadDump) {
}
