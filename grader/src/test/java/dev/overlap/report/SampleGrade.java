package dev.overlap.report;

import dev.overlap.check.CheckStatus;
import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import java.util.List;
import java.util.Map;

/** A small grade with every kind of content the reports render: passes, failures, figures, timelines. */
final class SampleGrade {

    private SampleGrade() {
    }

    static GradeReport report() {
        Map<String, Object> sequential = timeline(600, List.of(
                bar("task A", "main", false, 0, 300), bar("task B", "main", false, 300, 400),
                bar("task C", "main", false, 400, 600)));
        Map<String, Object> concurrent = timeline(301, List.of(
                bar("task A", "virtual#21", true, 0, 300), bar("task B", "virtual#22", true, 0, 100),
                bar("task C", "virtual#23", true, 0, 200)));
        CheckReport correct = new CheckReport("runsEveryTaskOnceInOrder", "runs every task once, in order",
                1, Kind.CORRECTNESS, Visibility.VISIBLE, CheckStatus.PASSED, 3, 3, "", Map.of("calls", 5));
        CheckReport speed = new CheckReport("finishesInAboutTheLongestTask", "finishes in about the longest task",
                1, Kind.SPEEDUP, Visibility.VISIBLE, CheckStatus.PASSED, 4, 4, "Finished in 301 ms </script> & <b>not bold</b>",
                Map.of("speedup", 1.99, "required_speedup", 1.6, "ideal_speedup", 2.0, "reference_speedup", 2.0,
                        "submission_ms", 301, "baseline_ms", 600, "timeline", concurrent,
                        "baseline_timeline", sequential));
        CheckReport hidden = new CheckReport("hiddenCheck", "a check learners do not see", 1, Kind.CONCURRENCY,
                Visibility.HIDDEN, CheckStatus.FAILED, 0, 2, "Peak concurrency was 1.", Map.of("peak_in_flight", 1));
        CheckReport heldBack = new CheckReport("closesEveryConversation", "closes every conversation", 2,
                Kind.CONCURRENCY, Visibility.VISIBLE, CheckStatus.NOT_RUN, 0, 1, "Not run: this check counts only"
                + " once \"ends by itself\" (task 2) passes, and it did not.", Map.of());
        ExerciseReport graded = new ExerciseReport("01-three-tasks", "01 three tasks", Status.GRADED, 7, 10, "", 9000,
                7600, "", List.of(correct, speed, hidden, heldBack));
        ExerciseReport broken = new ExerciseReport("02-broken", "02 broken", Status.COMPILE_ERROR, 0, 2,
                "The code does not compile (1 error):\n  Dinner.java:3: ';' expected", 400, 0, "",
                List.of(new CheckReport("x", "cooks the dinner", 1, Kind.CORRECTNESS, Visibility.VISIBLE,
                        CheckStatus.NOT_RUN, 0, 2,
                        "Not graded: compile error.", Map.of())));
        return new GradeReport(7, 12, "/tmp/learner", "2026-11-21T12:00:00Z", 9400,
                new GradeReport.Machine(2, "OpenJDK 25", "Linux amd64"), "bubblewrap",
                "bubblewrap: a read-only view of the JDK, the kit and the exercise's classes", List.of(graded, broken));
    }

    private static Map<String, Object> timeline(double wall, List<Map<String, Object>> bars) {
        return Map.of("wall_ms", wall, "bars", bars);
    }

    private static Map<String, Object> bar(String label, String thread, boolean virtual, double start, double end) {
        return Map.of("label", label, "kind", "wait", "thread", thread, "virtual", virtual, "start_ms", start,
                "end_ms", end);
    }
}
