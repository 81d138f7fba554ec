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

/** A class's grades: one row per learner, one column per exercise, as CSV and as JSON. */
public final class Gradebook {

    public static final String CSV = "gradebook.csv";
    public static final String JSON_FILE = "gradebook.json";

    private final List<String> exercises;
    private final List<Map<String, Object>> rows = new ArrayList<>();

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
    }

    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("learner");
        exercises.forEach(schema::addColumn);
        schema.addColumn("score").addColumn("max_score").addColumn("note");
        new CsvMapper().writer(schema.build().withHeader()).writeValue(folder.resolve(CSV).toFile(), rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve(JSON_FILE).toFile(), Map.of("exercises", exercises, "learners", rows));
    }
}
