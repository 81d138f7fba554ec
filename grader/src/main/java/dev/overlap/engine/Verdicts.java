package dev.overlap.engine;

import dev.overlap.check.CheckStatus;
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
                    + " taken twice, a queue that nobody fills, or a loop that never ends." + outcome.threadDump()
                    .map(dump -> "\nWhere your code was when the time ran out:\n" + dump).orElse(""), outcome.output());
        }
        if (!outcome.consistent()) {
            return zero(Status.CRASHED, "The checks' report said two things about the same check, so none of it can"
                    + " be trusted and the exercise scores zero.", outcome.output());
        }
        if (outcome.brokeDown().isPresent()) {
            return zero(Status.CRASHED, brokeDown(outcome.brokeDown().get(), running), outcome.output());
        }
        if (outcome.limit().isPresent()) {
            return zero(Status.LIMIT_EXCEEDED, "The checks were stopped" + running + ": " + outcome.limit().get(),
                    outcome.output());
        }
        if (outcome.ranOutOfMemory()) {
            return zero(Status.LIMIT_EXCEEDED, "The code ran out of memory" + running + ": the heap limit of this"
                    + " exercise is " + exercise.heapMegabytes() + " MB. Look for a collection that grows without end"
                    + " or a task that keeps every result it ever made.", outcome.output());
        }
        if (outcome.setupFailure().isPresent() && !outcome.done()) {
            return zero(Status.CRASHED, outcome.setupFailure().get(), outcome.output());
        }
        if (!outcome.done()) {
            return zero(Status.CRASHED, crashReason(outcome, running), outcome.output());
        }
        String noResult = "No result was reported for this check, so it scores zero."
                + outcome.setupFailure().map(why -> " The checks' set-up failed: " + why).orElse("");
        List<CheckReport> checks = exercise.checks().stream().map(check -> {
            Optional<ForkMessage> result = outcome.results().stream()
                    .filter(message -> message.check().equals(check.method())).findFirst();
            CheckStatus status = result.map(ForkMessage::status).orElse(CheckStatus.FAILED);
            String feedback = result.map(ForkMessage::feedback).orElse(noResult);
            return new CheckReport(check.method(), check.name(), check.task(), check.kind(), check.visibility(),
                    status, status == CheckStatus.PASSED ? check.points() : 0, check.points(), feedback,
                    result.map(ForkMessage::measurements).orElse(Map.of()),
                    result.map(ForkMessage::findings).orElse(List.of()));
        }).toList();
        return new ExerciseReport(exercise.id(), exercise.title(), Status.GRADED,
                checks.stream().mapToInt(CheckReport::score).sum(), exercise.maxScore(), "", elapsedMillis(),
                outcome.checksMillis(), outcome.output(), checks);
    }

    /** The grader itself failed on this exercise, not the submission, and the report says so. */
    ExerciseReport graderFailed(Throwable failure) {
        return zero(Status.CRASHED, "Grading this exercise failed: " + failure
                + ". This is a fault of the grader, not of the submission; please report it.", "");
    }

    ExerciseReport interrupted() {
        return zero(Status.CRASHED, "Grading was interrupted.", "");
    }

    ExerciseReport zero(Status status, String feedback, String output) {
        List<CheckReport> checks = exercise.checks().stream()
                .map(check -> new CheckReport(check.method(), check.name(), check.task(), check.kind(),
                        check.visibility(), CheckStatus.NOT_RUN, 0, check.points(),
                        "Not graded: " + status.id().replace('_', ' ') + ".", Map.of()))
                .toList();
        return new ExerciseReport(exercise.id(), exercise.title(), status, 0, exercise.maxScore(), feedback,
                elapsedMillis(), 0, output, checks);
    }

    private static String brokeDown(String error, String running) {
        if (error.contains("StackOverflowError")) {
            return "The code overflowed its stack" + running + ": a method calls itself, directly or through others,"
                    + " without ever reaching a case that stops. The JVM cannot be trusted after that, so the checks"
                    + " stopped and the exercise scores zero. (" + error + ")";
        }
        return "The JVM broke down" + running + " with " + error + ", so the checks stopped and the exercise scores"
                + " zero.";
    }

    private String crashReason(ForkOutcome outcome, String running) {
        String errors = outcome.errors().isBlank() ? "" : "\nThe JVM said:\n" + outcome.errors().strip();
        int status = outcome.exitCode();
        if (status > 128) {
            return "The checks' JVM was killed by signal " + (status - 128) + running + " before the checks were"
                    + " done: it crashed, or something outside it ended it." + errors;
        }
        return "The checks' JVM ended with exit status " + status + running + " before the checks were done."
                + " Does the code call System.exit or Runtime.halt? Return or throw instead." + errors;
    }

    private String nameOf(String method) {
        return exercise.checks().stream().filter(check -> check.method().equals(method)).map(CheckSpec::name)
                .findFirst().orElse(method);
    }

    private long elapsedMillis() {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
