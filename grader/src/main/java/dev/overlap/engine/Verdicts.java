package dev.overlap.engine;

import dev.overlap.isolate.ForkMessage;
import dev.overlap.isolate.ForkOutcome;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what happened to one exercise into its report. Fails closed: a check without a result from
 * the checks' JVM scores zero, and an exercise whose JVM did not finish cleanly scores zero in full.
 */
final class Verdicts {

    private final ExerciseSpec exercise;
    private final long startNanos;

    Verdicts(ExerciseSpec exercise, long startNanos) {
        this.exercise = exercise;
        this.startNanos = startNanos;
    }

    ExerciseReport of(ForkOutcome outcome) {
        String running = outcome.running().map(this::nameOf).map(name -> " while running \"" + name + "\"")
                .orElse("");
        if (outcome.timedOut()) {
            return zero(Status.TIMEOUT, "The checks did not finish within " + exercise.timeout().toSeconds() + " s"
                    + running + ". Something waits forever: a thread that is never started or never ends, a lock"
                    + " taken twice, a queue that nobody fills." + outcome.threadDump()
                    .map(dump -> "\nWhere your code was:\n" + dump).orElse(""), outcome.output());
        }
        if (outcome.limit().isPresent()) {
            return zero(Status.CRASHED, "The checks were stopped" + running + ": " + outcome.limit().get(),
                    outcome.output());
        }
        if (!outcome.done()) {
            return zero(Status.CRASHED, crashReason(outcome, running), outcome.output());
        }
        List<CheckReport> checks = exercise.checks().stream().map(check -> {
            Optional<ForkMessage> result = outcome.results().stream()
                    .filter(message -> message.check().equals(check.method())).findFirst();
            boolean passed = result.map(ForkMessage::passed).orElse(false);
            String feedback = result.map(ForkMessage::feedback)
                    .orElse("No result was reported for this check, so it scores zero.");
            return new CheckReport(check.method(), check.name(), check.kind(), check.visibility(), passed,
                    passed ? check.points() : 0, check.points(), feedback,
                    result.map(ForkMessage::measurements).orElse(Map.of()));
        }).toList();
        return new ExerciseReport(exercise.id(), exercise.title(), Status.GRADED,
                checks.stream().mapToInt(CheckReport::score).sum(), exercise.maxScore(), "", elapsedMillis(),
                outcome.output(), checks);
    }

    ExerciseReport zero(Status status, String feedback, String output) {
        List<CheckReport> checks = exercise.checks().stream()
                .map(check -> new CheckReport(check.method(), check.name(), check.kind(), check.visibility(), false,
                        0, check.points(),
                        "Not graded: " + status.id().replace('_', ' ') + ".", Map.of()))
                .toList();
        return new ExerciseReport(exercise.id(), exercise.title(), status, 0, exercise.maxScore(), feedback,
                elapsedMillis(), output, checks);
    }

    private String crashReason(ForkOutcome outcome, String running) {
        if (outcome.errors().contains("OutOfMemoryError")) {
            return "The code ran out of memory" + running + " (the heap limit is " + exercise.heapMegabytes()
                    + " MB). Look for a collection that grows without end.";
        }
        String errors = outcome.errors().isBlank() ? "" : "\nThe JVM said:\n" + outcome.errors().strip();
        return "The checks' JVM ended with exit status " + outcome.exitCode() + running + " before the checks were"
                + " done. Does the code call System.exit or Runtime.halt? Return or throw instead." + errors;
    }

    private String nameOf(String method) {
        return exercise.checks().stream().filter(check -> check.method().equals(method)).map(CheckSpec::name)
                .findFirst().orElse(method);
    }

    private long elapsedMillis() {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
