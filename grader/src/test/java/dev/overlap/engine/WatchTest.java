package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.overlap.fixture.Grading;
import dev.overlap.proof.Solutions;
import dev.overlap.report.Audience;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode as a learner uses it: the watch grades the exercise, then a save that breaks compilation, one that
 * fixes it and one that completes the exercise each get their verdict, and the test ends the watch. Two of the
 * quiz's checks keep it quick; which checks run changes nothing in how the watch works.
 */
@DisplayName("Watch mode grades again on every save")
class WatchTest {

    private static final Pattern VERDICT = Pattern.compile("^11-mental-model: (\\d+)/(\\d+)(.*) in ",
            Pattern.MULTILINE);

    @TempDir
    Path work;

    @Test
    @DisplayName("a save that breaks compilation, one that fixes it, one that completes the exercise: a verdict each")
    void gradesEverySave() throws Exception {
        Path project = Corpora.project();
        Path submission = work.resolve("exercises");
        Path exercise = submission.resolve("11-mental-model");
        Solutions.layOver(project.resolve("exercises/11-mental-model"), exercise);
        Path answers = exercise.resolve("src/main/java/mentalmodel/Answers.java");
        String starter = Files.readString(answers);
        Path solved = work.resolve("solved");
        Solutions.layOut(project, "11-mental-model", solved);
        String solution = Files.readString(solved.resolve("src/main/java/mentalmodel/Answers.java"));
        ExerciseSpec twoQuestions = Catalog.load().find("11-mental-model").orElseThrow()
                .only(List.of("oneCashierTwoLines", "showerStalls"));
        String none = "0/" + twoQuestions.maxScore();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Path out = work.resolve("grade");
        Watch watch = new Watch(submission, List.of(twoQuestions), Grading.grader(1, GradeListener.SILENT),
                Audience.LEARNER, out, CourseProgress.of(out, List.of(twoQuestions)), console, 100);
        Thread watching = Thread.ofPlatform().name("watch").start(() -> {
            try {
                watch.run();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        try {
            assertThat(nextVerdict(printed, 1)).as("the first grade, of the untouched starter").isEqualTo(none);

            Files.writeString(answers, starter.replace("public final class Answers", "public final class Answers {"));
            assertThat(nextVerdict(printed, 2)).as("a save that breaks compilation")
                    .isEqualTo(none + " (compile error)");
            assertThat(printed.toString(StandardCharsets.UTF_8)).as("the compiler's message, at once")
                    .contains("Answers.java:");

            Files.writeString(answers, starter);
            assertThat(nextVerdict(printed, 3)).as("a save that fixes it").isEqualTo(none);

            Files.writeString(answers, solution);
            assertThat(nextVerdict(printed, 4)).as("a save that completes the exercise")
                    .isEqualTo(twoQuestions.maxScore() + "/" + twoQuestions.maxScore());
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Full marks: this exercise is done.");
        } finally {
            watching.interrupt();
            watching.join(Duration.ofSeconds(30));
        }
        assertThat(watching.isAlive()).as("the watch ends when its thread is interrupted").isFalse();
        assertThat(out.resolve("report.html")).as("the report, with where the course stands at its top")
                .content().contains("Your course: 1 of 1 exercises done.");
        assertThat(new LastGrades(out).of("11-mental-model")).hasValueSatisfying(kept ->
                assertThat(kept.report().score()).isEqualTo(twoQuestions.maxScore()));
    }

    /** Waits for the {@code n}th verdict and returns its score with the status, if it is not graded. */
    private static String nextVerdict(ByteArrayOutputStream printed, int n) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Matcher verdicts = VERDICT.matcher(printed.toString(StandardCharsets.UTF_8));
            String found = null;
            for (int i = 0; i < n && verdicts.find(); i++) {
                found = i == n - 1 ? verdicts.group(1) + "/" + verdicts.group(2) + verdicts.group(3) : null;
            }
            return found;
        }, verdict -> verdict != null);
    }
}
