package dev.overlap.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("An exercise's folder")
class SubmissionFolderTest {

    @TempDir
    Path work;

    private Path submission;
    private Path elsewhere;

    @BeforeEach
    void twoFolders() throws IOException {
        submission = Files.createDirectories(work.resolve("learner"));
        elsewhere = Files.createDirectories(work.resolve("kit/solutions/01-three-tasks/src/main/java/threetasks"));
        Files.writeString(elsewhere.resolve("ThreeTasks.java"), "class ThreeTasks { }");
    }

    @Test
    @DisplayName("stays inside when it is a plain folder, or a link to another folder of the submission")
    void inside() throws IOException {
        Path own = Files.createDirectories(submission.resolve("01-three-tasks/src/main/java/threetasks"));
        Files.writeString(own.resolve("ThreeTasks.java"), "class ThreeTasks { }");
        assertThat(SubmissionFolder.leaves(submission, submission.resolve("01-three-tasks"))).isEmpty();
        Files.createSymbolicLink(submission.resolve("copy"), submission.resolve("01-three-tasks"));
        assertThat(SubmissionFolder.leaves(submission, submission.resolve("copy"))).isEmpty();
        assertThat(SubmissionFolder.leaves(submission, submission.resolve("02-missing"))).isEmpty();
    }

    @Test
    @DisplayName("leaves the submission when it is a link to the kit's solution, and the feedback names the link")
    void linkedFolder() throws IOException {
        Files.createSymbolicLink(submission.resolve("01-three-tasks"), work.resolve("kit/solutions/01-three-tasks"));
        assertThat(SubmissionFolder.leaves(submission, submission.resolve("01-three-tasks")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("01-three-tasks is a link to ")
                        .contains("kit/solutions/01-three-tasks").contains("copy the files in"));
    }

    @Test
    @DisplayName("leaves the submission when a folder down to the sources, or one among them, links out")
    void linkedSources() throws IOException {
        Path main = Files.createDirectories(submission.resolve("01-three-tasks/src/main"));
        Files.createSymbolicLink(main.resolve("java"), work.resolve("kit/solutions/01-three-tasks/src/main/java"));
        assertThat(SubmissionFolder.leaves(submission, submission.resolve("01-three-tasks")))
                .hasValueSatisfying(why -> assertThat(why).startsWith("01-three-tasks/src/main/java is a link to"));

        Path other = Files.createDirectories(submission.resolve("03-animals-api/src/main/java"));
        Files.createSymbolicLink(other.resolve("animals"), elsewhere);
        assertThat(SubmissionFolder.leaves(submission, submission.resolve("03-animals-api")))
                .hasValueSatisfying(why -> assertThat(why).contains("src/main/java/animals is a link to"));
    }
}
