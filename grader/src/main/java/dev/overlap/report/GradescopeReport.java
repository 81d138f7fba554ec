package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code results.json} in the format of Gradescope's autograder: one test per check, named
 * "exercise: check", with the check's feedback and figures as its output.
 */
public final class GradescopeReport {

    public static final String FILE_NAME = "results.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GradescopeReport() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Results(double score, @JsonProperty("execution_time") long executionTime, String output,
                   @JsonProperty("output_format") String outputFormat, List<Test> tests) {
    }

    record Test(String name, String number, double score, @JsonProperty("max_score") double maxScore,
                String status, String output, String visibility) {
    }

    public static Path write(GradeReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        JSON.writeValue(file.toFile(), of(report));
        return file;
    }

    static Results of(GradeReport report) {
        List<Test> tests = new ArrayList<>();
        for (int e = 0; e < report.exercises().size(); e++) {
            ExerciseReport exercise = report.exercises().get(e);
            for (int c = 0; c < exercise.checks().size(); c++) {
                CheckReport check = exercise.checks().get(c);
                String output = exercise.status() == Status.GRADED ? check.feedback() + figures(check)
                        : exercise.feedback();
                // Gradescope knows only passed and failed; a check that did not run says so in its name and output.
                String name = exercise.id() + ": " + check.name() + (check.ran() ? "" : " (not run)");
                tests.add(new Test(name, (e + 1) + "." + (c + 1), check.score(),
                        check.maxScore(), check.passed() ? "passed" : "failed", output, check.visibility().id()));
            }
        }
        String summary = String.format(java.util.Locale.ROOT, "Graded %d exercise(s) on %d cores (%s): %d/%d."
                + " Sandbox: %s.", report.exercises().size(), report.machine().cores(), report.machine().jdk(),
                report.score(), report.maxScore(), report.sandbox());
        return new Results(report.score(), Math.round(report.durationMs() / 1000.0), summary, "text", tests);
    }

    private static String figures(CheckReport check) {
        String figures = Figures.of(check.measurements());
        return figures.isEmpty() ? "" : "\nMeasured: " + figures;
    }
}
