package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the gradebook names the mistakes of each learner's failed checks")
class GradebookFindingsTest {

    @TempDir
    Path out;

    @Test
    @DisplayName("gradebook.csv has a findings column: every code of the learner's failed checks, once, by spaces")
    void csvHasAFindingsColumn() throws IOException {
        SampleClass.gradebook(6).write(out);
        List<String> lines = Files.readAllLines(out.resolve(Gradebook.CSV));

        assertThat(lines.getFirst()).isEqualTo("learner,01-three-tasks,09-event-loop,score,max_score,note,findings");
        assertThat(lines).contains("learner-03,1,0,1,4,,\"waits-in-loop blocks-the-loop\"",
                "learner-04,3,1,4,4,,", "learner-05,1,0,1,4,,\"fixed-pool blocks-the-loop\"");
    }

    @Test
    @DisplayName("gradebook.json lists the findings per exercise")
    void jsonHasFindingsPerExercise() throws IOException {
        SampleClass.gradebook(6).write(out);
        JsonNode learners = new ObjectMapper().readTree(out.resolve(Gradebook.JSON_FILE).toFile()).get("learners");

        JsonNode third = learners.get(2);
        assertThat(third.get("learner").asText()).isEqualTo("learner-03");
        assertThat(third.at("/exercises/01-three-tasks/findings").toString()).isEqualTo("[\"waits-in-loop\"]");
        assertThat(third.at("/exercises/09-event-loop/findings").toString()).isEqualTo("[\"blocks-the-loop\"]");
        assertThat(learners.get(3).at("/exercises/01-three-tasks/findings").toString()).isEqualTo("[]");
    }

    @Test
    @DisplayName("grade.json carries each check's findings after its measurements, and reads back without them")
    void gradeJsonCarriesTheFindings() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String written = json.writeValueAsString(SampleClass.report(3));

        assertThat(written).contains("\"findings\":[\"waits-in-loop\"]");
        assertThat(written.indexOf("\"findings\"")).isGreaterThan(written.indexOf("\"measurements\""));
        GradeReport old = json.readValue(written.replace(",\"findings\":[\"waits-in-loop\"]", "")
                .replace(",\"findings\":[\"blocks-the-loop\"]", "").replace(",\"findings\":[]", ""), GradeReport.class);
        assertThat(old.exercises().getFirst().checks()).allSatisfy(check -> assertThat(check.findings()).isEmpty());
    }
}
