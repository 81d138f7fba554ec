package dev.overlap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (no network) with every check's feedback, a speedup
 * chart against the required and ideal speedups, and timelines of the recorded calls, the sequential
 * baseline beside the submission. Tables are rendered here; charts are drawn in the page from the
 * grade data embedded in it.
 */
public final class HtmlReport {

    public static final String FILE_NAME = "report.html";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Template TEMPLATE = load();

    private HtmlReport() {
    }

    public static Path write(GradeReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
        return file;
    }

    static String render(GradeReport report) throws JsonProcessingException {
        // "</" would end the embedding script element early; JSON allows the escaped slash.
        String json = JSON.writeValueAsString(report).replace("</", "<\\/");
        return TEMPLATE.execute(Map.of(
                "score", report.score(), "maxScore", report.maxScore(),
                "percent", String.format(Locale.ROOT, "%.0f", report.percent()),
                "submission", report.submission(), "gradedAt", report.gradedAt(), "machine", report.machine(),
                "sandbox", report.sandboxNote(),
                "seconds", String.format(Locale.ROOT, "%.1f", report.durationMs() / 1000.0),
                "exercises", report.exercises().stream().map(HtmlReport::exercise).toList(),
                "json", json));
    }

    private static Map<String, Object> exercise(ExerciseReport exercise) {
        boolean graded = exercise.status() == Status.GRADED;
        return Map.of("id", exercise.id(), "title", exercise.title(), "status", exercise.status().id(),
                "statusClass", graded ? "graded" : "bad", "score", exercise.score(), "maxScore", exercise.maxScore(),
                "notGraded", graded ? List.of() : List.of(Map.of("feedback", exercise.feedback())),
                "checks", exercise.checks().stream().map(check -> Map.of(
                        "name", check.name(), "kind", check.kind().id(), "score", check.score(),
                        "maxScore", check.maxScore(), "feedback", check.feedback(),
                        "verdict", check.status().id().replace('_', ' ').toUpperCase(Locale.ROOT),
                        "verdictClass", check.status().id().replace('_', '-'))).toList());
    }

    private static Template load() {
        try (Reader template = new InputStreamReader(
                HtmlReport.class.getResourceAsStream("report.html.mustache"), StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).compile(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
