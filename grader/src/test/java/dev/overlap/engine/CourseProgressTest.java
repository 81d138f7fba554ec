package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.overlap.report.ExerciseProgress;
import dev.overlap.report.ExerciseProgress.State;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The course overview says where each exercise stands, without grading")
class CourseProgressTest {

    private static final String STARTER = "class Task {\n    int answer() {\n        return 0;\n    }\n}\n";

    @TempDir
    Path work;

    @Test
    @DisplayName("untouched, graded in part, changed after full marks, done, and worked on but never graded")
    void tellsEveryState() throws IOException {
        Path course = work.resolve("exercises");
        List<String> ids = List.of("a-untouched", "b-in-part", "c-changed-since", "d-done", "e-never-graded",
                "f-untouched-crlf");
        ids.forEach(id -> write(course, id, STARTER));
        // A Windows checkout of the starter: other line endings, the same code.
        write(course, "f-untouched-crlf", STARTER.replace("\n", "\r\n"));
        Map<String, String> starters = Map.of("a-untouched", print(course, "a-untouched"), "b-in-part",
                print(course, "b-in-part"), "c-changed-since", print(course, "c-changed-since"), "d-done",
                print(course, "d-done"), "e-never-graded", print(course, "e-never-graded"), "f-untouched-crlf",
                print(course, "a-untouched"));
        for (String id : List.of("b-in-part", "c-changed-since", "d-done", "e-never-graded")) {
            write(course, id, STARTER.replace("return 0", "return 42"));
        }
        Path out = work.resolve("grade");
        LastGrades lastGrades = new LastGrades(out);
        lastGrades.keep(graded(List.of(exercise("b-in-part", 3, 10), exercise("c-changed-since", 10, 10),
                exercise("d-done", 10, 10))), course);
        write(course, "c-changed-since", STARTER.replace("return 0", "return 7"));

        List<ExerciseProgress> progress = new CourseProgress(starters, lastGrades, ids.stream()
                .map(CourseProgressTest::spec).toList()).of(course);

        assertThat(progress).extracting(ExerciseProgress::id, ExerciseProgress::state).containsExactly(
                tuple("a-untouched", State.NOT_STARTED),
                tuple("b-in-part", State.IN_PROGRESS),
                tuple("c-changed-since", State.IN_PROGRESS),
                tuple("d-done", State.DONE),
                tuple("e-never-graded", State.IN_PROGRESS),
                tuple("f-untouched-crlf", State.NOT_STARTED));
        assertThat(progress.get(1).lastGrade()).hasValueSatisfying(score -> assertThat(score).hasToString("3/10"));
        assertThat(progress.get(2).changedSince()).as("changed after its full marks").isTrue();
        assertThat(progress.get(3).changedSince()).isFalse();
        assertThat(progress.get(4).lastGrade()).isEmpty();
        assertThat(ExerciseProgress.next(progress)).hasValueSatisfying(next ->
                assertThat(next.id()).as("the first exercise in progress").isEqualTo("b-in-part"));
    }

    @Test
    @DisplayName("the next exercise is the first not started once none is in progress, and none once all are done")
    void suggestsTheNextExercise() {
        ExerciseProgress done = new ExerciseProgress("a", "a", State.DONE, Optional.empty(), false);
        ExerciseProgress fresh = new ExerciseProgress("b", "b", State.NOT_STARTED, Optional.empty(), false);

        assertThat(ExerciseProgress.next(List.of(done, fresh))).contains(fresh);
        assertThat(ExerciseProgress.next(List.of(done))).isEmpty();
    }

    @Test
    @DisplayName("the build recorded every starter's print as the kit ships it")
    void knowsEveryStarter() {
        Path exercises = Corpora.project().resolve("exercises");
        Map<String, String> prints = StarterPrints.load();

        assertThat(prints.keySet()).containsExactlyInAnyOrderElementsOf(Catalog.load().exercises().stream()
                .map(ExerciseSpec::id).toList());
        prints.forEach((id, print) -> assertThat(Sources.print(exercises.resolve(id).resolve(Sources.JAVA)))
                .as("the print of exercises/%s", id).isEqualTo(print));
    }

    private static String print(Path course, String id) {
        return Sources.print(course.resolve(id).resolve(Sources.JAVA));
    }

    private static void write(Path course, String id, String code) {
        try {
            Path file = course.resolve(id).resolve(Sources.JAVA).resolve("Task.java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExerciseSpec spec(String id) {
        return new ExerciseSpec(id, id + " title", "Checks", Duration.ofMinutes(1), 256, 64, false, false, List.of());
    }

    private static ExerciseReport exercise(String id, int score, int max) {
        return new ExerciseReport(id, id, Status.GRADED, score, max, "", 1000, 800, "", List.of());
    }

    private static GradeReport graded(List<ExerciseReport> exercises) {
        return new GradeReport(0, 0, "", "", 0, GradeReport.Machine.current(), "none", "", exercises);
    }
}
