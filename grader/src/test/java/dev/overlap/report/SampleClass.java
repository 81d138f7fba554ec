package dev.overlap.report;

import dev.overlap.check.CheckStatus;
import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import java.util.List;
import java.util.Map;

/**
 * A class of learners graded on two exercises, shaped like the attempts corpus: learner {@code i} passes or fails
 * each check by a rule of {@code i}, and each failure names the finding its attempt names (a fixed pool, a wait in
 * the loop, a blocked event loop), with the figures the checks measure.
 */
final class SampleClass {

    static final List<String> EXERCISES = List.of("01-three-tasks", "09-event-loop");

    private SampleClass() {
    }

    static String learner(int i) {
        return String.format("learner-%02d", i);
    }

    /** Every third learner waits in the loop, every fifth uses a fixed pool; odd learners block the event loop. */
    static GradeReport report(int i) {
        boolean waitsInLoop = i % 3 == 0;
        boolean fixedPool = i % 5 == 0;
        boolean blocksTheLoop = i % 2 == 1;
        CheckReport correct = check("runsEveryTaskOnceInOrder", "runs every task once, in order", Kind.CORRECTNESS,
                true, Map.of("calls", 3), List.of());
        CheckReport inFlight = check("hasAllThreeInFlight", "has all three tasks in flight", Kind.CONCURRENCY,
                !waitsInLoop && !fixedPool, Map.of("peak_in_flight", waitsInLoop ? 1 : fixedPool ? 2 : 3),
                waitsInLoop ? List.of("waits-in-loop") : fixedPool ? List.of("fixed-pool") : List.of());
        double speedup = waitsInLoop ? 1.0 : fixedPool ? 1.5 : 2.6 + i % 4 * 0.1;
        CheckReport speed = check("finishesInAboutTheLongestTask", "finishes in about the longest task", Kind.SPEEDUP,
                speedup >= 2.4, Map.of("speedup", speedup, "required_speedup", 2.4, "ideal_speedup", 3.0),
                List.of());
        CheckReport heartbeat = check("keepsTheHeartbeatWhileManifestsWait", "keeps the heartbeat while manifests"
                + " wait", Kind.CONCURRENCY, !blocksTheLoop, Map.of("heartbeat_worst_lag_ms", blocksTheLoop
                ? 300 + 10 * i : 5 + i % 7, "allowed_lag_ms", 50), blocksTheLoop ? List.of("blocks-the-loop")
                : List.of());
        List<CheckReport> first = List.of(correct, inFlight, speed);
        ExerciseReport threeTasks = new ExerciseReport(EXERCISES.get(0), "01 three tasks", Status.GRADED,
                first.stream().mapToInt(CheckReport::score).sum(), 3, "", 9000, 7000, "", first);
        ExerciseReport eventLoop = new ExerciseReport(EXERCISES.get(1), "09 event loop", Status.GRADED,
                heartbeat.score(), 1, "", 9000, 7000, "", List.of(heartbeat));
        return new GradeReport(threeTasks.score() + eventLoop.score(), 4, "/class/" + learner(i),
                "2026-11-21T12:00:00Z", 18000, new GradeReport.Machine(2, "OpenJDK 25", "Linux amd64"), "bubblewrap",
                "bubblewrap", List.of(threeTasks, eventLoop));
    }

    /** The gradebook of learners 1 to {@code size}, with one more learner whose submission could not be graded. */
    static Gradebook gradebook(int size) {
        Gradebook gradebook = new Gradebook(EXERCISES);
        for (int i = 1; i <= size; i++) {
            gradebook.add(learner(i), report(i));
        }
        gradebook.failed("zz-unreadable", "the folder has no exercises");
        return gradebook;
    }

    private static CheckReport check(String id, String name, Kind kind, boolean passed,
                                     Map<String, Object> measurements, List<String> findings) {
        return new CheckReport(id, name, 1, kind, Visibility.VISIBLE, passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                passed ? 1 : 0, 1, passed ? "" : "It failed.", measurements, passed ? List.of() : findings);
    }
}
