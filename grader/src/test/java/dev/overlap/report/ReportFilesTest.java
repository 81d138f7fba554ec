package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        assertThat(results.get("tests")).hasSize(4);
        JsonNode hidden = results.get("tests").get(2);
        assertThat(hidden.get("name").asText()).isEqualTo("01-three-tasks: a check learners do not see");
        assertThat(hidden.get("visibility").asText()).isEqualTo("hidden");
        assertThat(hidden.get("max_score").asDouble()).isEqualTo(2.0);
        assertThat(results.get("tests").get(3).get("output").asText()).contains("does not compile");
    }

    @Test
    @DisplayName("a learner's view drops hidden checks and their points; an instructor's keeps them")
    void audiences() {
        GradeReport learner = Audience.LEARNER.view(SampleGrade.report());

        assertThat(learner.maxScore()).isEqualTo(9);
        assertThat(learner.exercises().getFirst().checks()).extracting(CheckReport::id)
                .doesNotContain("hiddenCheck");
        assertThat(Audience.INSTRUCTOR.view(SampleGrade.report())).isEqualTo(SampleGrade.report());
    }

    @Test
    @DisplayName("summary.md and the JUnit XML show failures and exercises that could not be graded")
    void summaryAndJUnit() throws Exception {
        Reports.writeAll(SampleGrade.report(), out);

        assertThat(Files.readString(out.resolve("summary.md"))).contains("## Grade: 7/11", "| `02-broken` |",
                "> Peak concurrency was 1.");
        Document suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("junit/TEST-01-three-tasks.xml").toFile());
        assertThat(suite.getDocumentElement().getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getDocumentElement().getAttribute("failures")).isEqualTo("1");
        Document broken = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.resolve("junit/TEST-02-broken.xml").toFile());
        assertThat(broken.getElementsByTagName("error").getLength()).isEqualTo(1);
    }
}
