package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

@DisplayName("The report files of a grade run")
class ReportFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    @DisplayName("grade.json holds the documented fields and reads back to the same grade")
    void gradeJson() throws IOException {
        Reports.writeAll(SampleGrade.report(), out);
        JsonNode grade = JSON.readTree(out.resolve("grade.json").toFile());

        assertThat(grade.fieldNames()).toIterable().contains("score", "max_score", "exercises");
        JsonNode exercise = grade.get("exercises").get(0);
        assertThat(exercise.fieldNames()).toIterable().contains("id", "status", "score", "max_score", "checks");
        assertThat(exercise.get("checks").get(1).fieldNames()).toIterable()
                .contains("name", "kind", "passed", "score", "max_score", "feedback", "measurements");
        assertThat(exercise.get("checks").get(1).get("kind").asText()).isEqualTo("speedup");
        assertThat(exercise.get("checks").get(1).get("status").asText()).isEqualTo("passed");
        JsonNode heldBack = exercise.get("checks").get(3);
        assertThat(heldBack.get("status").asText()).isEqualTo("not_run");
        assertThat(heldBack.get("passed").asBoolean()).isFalse();
        assertThat(heldBack.get("task").asInt()).isEqualTo(2);
        assertThat(grade.get("exercises").get(1).get("status").asText()).isEqualTo("compile_error");
        assertThat(JsonReport.read(out.resolve("grade.json"))).isEqualTo(SampleGrade.report());
    }

    @Test
    @DisplayName("results.json has Gradescope's fields, one test per check, with its visibility")
    void gradescopeResults() throws IOException {
        Reports.writeAll(SampleGrade.report(), out);
        JsonNode results = JSON.readTree(out.resolve("results.json").toFile());

        assertThat(results.get("score").asDouble()).isEqualTo(7.0);
        assertThat(results.has("execution_time")).isTrue();
        assertThat(results.has("output")).isTrue();
        assertThat(results.get("tests")).hasSize(5);
        JsonNode hidden = results.get("tests").get(2);
        assertThat(hidden.get("name").asText()).isEqualTo("01-three-tasks: a check learners do not see");
        assertThat(hidden.get("visibility").asText()).isEqualTo("hidden");
        assertThat(hidden.get("max_score").asDouble()).isEqualTo(2.0);
        JsonNode heldBack = results.get("tests").get(3);
        assertThat(heldBack.get("name").asText()).isEqualTo("01-three-tasks: closes every conversation (not run)");
        assertThat(heldBack.get("output").asText()).startsWith("Not run: ");
        assertThat(results.get("tests").get(4).get("output").asText()).contains("does not compile");
    }

    @Test
    @DisplayName("the console marks a check that did not run as NOT RUN, not FAIL, and prints why")
    void consoleNotRun() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConsoleReport.print(SampleGrade.report(), new PrintStream(printed, true, StandardCharsets.UTF_8), 80);

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("NOT RUN closes every conversation",
                "FAIL    a check learners do not see", "closes every conversation (not run)\n  Not run: ");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {50, 80, 132})
    @DisplayName("the console fits the terminal: no line is wider, and feedback is indented under its check")
    void consoleFitsTheTerminal(int width) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConsoleReport.print(SampleGrade.report(), new PrintStream(printed, true, StandardCharsets.UTF_8), width);

        String console = printed.toString(StandardCharsets.UTF_8);
        assertThat(console.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width))
                .anySatisfy(line -> assertThat(line).startsWith("  Not run: "));
        assertThat(console).contains("Peak concurrency was 1.");
    }

    @Test
    @DisplayName("a learner's view drops hidden checks and their points; an instructor's keeps them")
    void audiences() {
        GradeReport learner = Audience.LEARNER.view(SampleGrade.report());

        assertThat(learner.maxScore()).isEqualTo(10);
        assertThat(learner.exercises().getFirst().checks()).extracting(CheckReport::id)
                .doesNotContain("hiddenCheck");
        assertThat(Audience.INSTRUCTOR.view(SampleGrade.report())).isEqualTo(SampleGrade.report());
    }

    @Test
    @DisplayName("summary.md and the JUnit XML show failures, checks that did not run and exercises not graded")
    void summaryAndJUnit() throws Exception {
        Reports.writeAll(SampleGrade.report(), out);

        assertThat(Files.readString(out.resolve("summary.md"))).contains("## Grade: 7/12", "| `02-broken` |",
                "> Peak concurrency was 1.", "| ⏸️ not run | closes every conversation |",
                "**closes every conversation (not run)**");
        Document suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("junit/TEST-01-three-tasks.xml").toFile());
        assertThat(suite.getDocumentElement().getAttribute("tests")).isEqualTo("4");
        assertThat(suite.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(suite.getElementsByTagName("skipped").item(0).getAttributes().getNamedItem("message")
                .getNodeValue()).startsWith("Not run: ");
        Document broken = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("junit/TEST-02-broken.xml").toFile());
        assertThat(broken.getElementsByTagName("error").getLength()).isEqualTo(1);
    }
}
