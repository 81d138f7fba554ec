package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.proof.Solutions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("Batch grading of a class")
class BatchGradingTest {

    @TempDir
    Path work;

    @Test
    @DisplayName("grades a folder of mixed submissions into a gradebook, one row per learner")
    void gradesMixedSubmissions() throws IOException {
        Path root = Path.of(System.getProperty("overlap.root", "..")).toAbsolutePath().normalize();
        Path classroom = work.resolve("classroom");
        Solutions.layOut(root, "11-mental-model", classroom.resolve("alice/11-mental-model"));
        // Bob's copy is a clone of a project made by the learner-project archetype, with its exercises/ folder.
        Solutions.layOver(root.resolve("exercises/11-mental-model"),
                classroom.resolve("bob/exercises/11-mental-model"));
        Path broken = classroom.resolve("carol/11-mental-model/src/main/java/mentalmodel/Answers.java");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "package mentalmodel; public final class Answers { oops }");
        Path out = work.resolve("out");
        // An earlier single run and an earlier batch left their reports there: none may pass for this batch's.
        Files.createDirectories(out.resolve("junit"));
        Files.writeString(out.resolve("report.html"), "an earlier run");
        Files.createDirectories(out.resolve("dave"));
        Files.writeString(out.resolve("dave/grade.json"), "{}");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        int status;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            status = new CommandLine(new GradeCommand()).execute("--submission=" + classroom,
                    "--submissions=" + classroom, "--exercise=11-mental-model", "--out=" + out);
        } finally {
            System.setOut(console);
        }

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).as("progress inside each learner, with the time left")
                .contains("[1/3] alice", "11-mental-model (1 of 1)")
                .containsPattern("\\[3/3] carol .*; about \\d+ s left");
        List<String> csv = Files.readAllLines(out.resolve("gradebook.csv"));
        assertThat(csv.getFirst()).isEqualTo("learner,11-mental-model,score,max_score,note,findings");
        assertThat(csv).hasSize(4);
        assertThat(csv.get(1)).startsWith("alice,21,21,21");
        assertThat(csv.get(2)).startsWith("bob,0,0,21");
        assertThat(csv.get(3)).startsWith("carol,\"0 (compile_error)\",0,21");
        JsonNode json = new ObjectMapper().readTree(out.resolve("gradebook.json").toFile());
        assertThat(json.get("learners")).hasSize(3);
        JsonNode alice = json.get("learners").get(0);
        assertThat(alice.get("score").isInt()).isTrue();
        assertThat(alice.get("exercises").get("11-mental-model").get("score").asInt()).isEqualTo(21);
        JsonNode carol = json.get("learners").get(2).get("exercises").get("11-mental-model");
        assertThat(carol.get("status").asText()).isEqualTo("compile_error");
        assertThat(carol.get("score").isInt()).isTrue();
        assertThat(out.resolve("report.html")).doesNotExist();
        assertThat(out.resolve("junit")).doesNotExist();
        assertThat(out.resolve("dave")).isEmptyDirectory();
        assertThat(out.resolve("alice/report.html")).exists();
        assertThat(out.resolve("carol/grade.json")).exists();
        assertThat(Files.readString(out.resolve("class.html"))).as("the class view counts all three learners")
                .contains("<h1>Class view: 3 learners</h1>", "<h2>11-mental-model</h2>").containsPattern("1 of 3");
    }
}
