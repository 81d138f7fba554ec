package dev.overlap.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and reads {@code grade.json}; the format is documented in docs/GRADING.md. */
public final class JsonReport {

    public static final String FILE_NAME = "grade.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static Path write(GradeReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        JSON.writeValue(file.toFile(), report);
        return file;
    }

    public static GradeReport read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), GradeReport.class);
    }
}
