package dev.overlap.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code summary.md}, shaped for a GitHub Actions job summary: the score, a table per exercise, the
 * feedback of what did not pass. Appended to {@code $GITHUB_STEP_SUMMARY} when that is set.
 */
public final class MarkdownSummary {

    public static final String FILE_NAME = "summary.md";

    private MarkdownSummary() {
    }

    public static Path write(GradeReport report, Path folder, Optional<Path> stepSummary) throws IOException {
        Files.createDirectories(folder);
        String text = of(report);
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        if (stepSummary.isPresent()) {
            Files.writeString(stepSummary.get(), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return file;
    }

    static String of(GradeReport report) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "## Grade: %d/%d (%.0f%%)%n%n", report.score(), report.maxScore(),
                report.percent()));
        md.append(String.format(Locale.ROOT, "Measured on %d cores, %s, in %.1f s. Sandbox: %s.%n%n",
                report.machine().cores(), report.machine().jdk(), report.durationMs() / 1000.0, report.sandboxNote()));
        md.append("| Exercise | Status | Points |\n|---|---|---|\n");
        for (ExerciseReport exercise : report.exercises()) {
            md.append("| `").append(exercise.id()).append("` | ").append(exercise.status().id().replace('_', ' '))
                    .append(" | ").append(exercise.score()).append('/').append(exercise.maxScore()).append(" |\n");
        }
        for (ExerciseReport exercise : report.exercises()) {
            md.append("\n### ").append(exercise.id()).append('\n');
            if (exercise.status() != Status.GRADED) {
                md.append('\n').append(quote(exercise.feedback())).append('\n');
                continue;
            }
            md.append("\n| | Check | Kind | Points | Measured |\n|---|---|---|---|---|\n");
            for (CheckReport check : exercise.checks()) {
                md.append("| ").append(mark(check)).append(" | ").append(cell(check.name()))
                        .append(" | ").append(check.kind().id()).append(" | ").append(check.score()).append('/')
                        .append(check.maxScore()).append(" | ").append(cell(Figures.of(check.measurements())))
                        .append(" |\n");
            }
            exercise.checks().stream().filter(check -> !check.passed()).forEach(check -> md.append("\n**")
                    .append(cell(check.name())).append(check.ran() ? "" : " (not run)").append("**\n\n")
                    .append(quote(check.feedback())).append('\n'));
        }
        return md.toString();
    }

    private static String mark(CheckReport check) {
        return switch (check.status()) {
            case PASSED -> "✅";
            case FAILED -> "❌";
            case NOT_RUN -> "⏸️ not run";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String quote(String text) {
        return text.lines().map(line -> "> " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
