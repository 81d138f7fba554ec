package dev.overlap.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's grades: one row per learner, one column per exercise, as CSV (a cell shows the status of an exercise
 * that was not graded, e.g. {@code 0 (compile_error)}) and as JSON (numbers as numbers, the status a field of its
 * own).
 */
public final class Gradebook {

    public static final String CSV = "gradebook.csv";
    public static final String JSON_FILE = "gradebook.json";

    private final List<String> exercises;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final List<Map<String, Object>> learners = new ArrayList<>();

    public Gradebook(List<String> exercises) {
        this.exercises = exercises;
    }

    public void add(String learner, GradeReport report) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("learner", learner);
        for (String id : exercises) {
            row.put(id, report.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                    .map(e -> e.status() == Status.GRADED ? Integer.toString(e.score()) : e.score() + " (" + e.status().id() + ")")
                    .orElse(""));
        }
        row.put("score", report.score());
        row.put("max_score", report.maxScore());
        row.put("note", "");
        rows.add(row);
        Map<String, Object> graded = new LinkedHashMap<>();
        for (String id : exercises) {
            report.exercises().stream().filter(e -> e.id().equals(id)).findFirst().ifPresent(e -> {
                Map<String, Object> exercise = new LinkedHashMap<>();
                exercise.put("status", e.status().id());
                exercise.put("score", e.score());
                exercise.put("max_score", e.maxScore());
                graded.put(id, exercise);
            });
        }
        learners.add(entry(learner, report.score(), report.maxScore(), "", graded));
    }

    private static Map<String, Object> entry(String name, int score, Integer maxScore, String note,
                                             Map<String, Object> exercises) {
        Map<String, Object> learner = new LinkedHashMap<>();
        learner.put("learner", name);
        learner.put("score", score);
        learner.put("max_score", maxScore);
        learner.put("note", note);
        learner.put("exercises", exercises);
        return learner;
    }

    /** A learner whose submission could not be graded at all still gets a row that says so. */
    public void failed(String learner, String reason) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("learner", learner);
        exercises.forEach(id -> row.put(id, ""));
        row.put("score", 0);
        row.put("max_score", "");
        row.put("note", "not graded: " + reason);
        rows.add(row);
        learners.add(entry(learner, 0, null, "not graded: " + reason, Map.of()));
    }

    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("learner");
        exercises.forEach(schema::addColumn);
        schema.addColumn("score").addColumn("max_score").addColumn("note");
        new CsvMapper().writer(schema.build().withHeader()).writeValue(folder.resolve(CSV).toFile(), rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve(JSON_FILE).toFile(), Map.of("exercises", exercises, "learners", learners));
    }
}
