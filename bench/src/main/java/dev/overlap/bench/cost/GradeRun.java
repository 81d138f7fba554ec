package dev.overlap.bench.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A grade run as the kit's command does it, timed whole (Maven, the grading JVM, every checks JVM), and
 * what its {@code grade.json} says about the time of each exercise.
 */
record GradeRun(Command command, boolean archive, long gradingMillis, int score, int maxScore,
                List<Exercise> exercises) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One exercise: from compiling it to reading its checks JVM's last word, that JVM's start included. */
    record Exercise(String id, long millis, String status, int score, int maxScore) {
    }

    /** With {@code archive} false, the checks JVMs start without the class-data archive ({@code -Dgrade.archive=}). */
    static GradeRun of(Path root, Path out, String name, String submission, boolean archive)
            throws IOException, InterruptedException {
        Path report = root.resolve("target/grade/grade.json");
        Files.deleteIfExists(report);
        List<String> words = new ArrayList<>(List.of("./mvnw", "-q", "-Pgrade", "verify", "-Dsubmission=" + submission));
        if (!archive) {
            words.add("-Dgrade.archive=");
        }
        Command command = Command.run(root, out.resolve("cost-" + name + ".log"), words.toArray(String[]::new));
        if (!Files.exists(report)) {
            throw new IllegalStateException(command.text() + " wrote no grade.json; see " + command.log());
        }
        Files.copy(report, out.resolve("cost-" + name + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        JsonNode grade = JSON.readTree(report.toFile());
        List<Exercise> exercises = new ArrayList<>();
        for (JsonNode exercise : grade.get("exercises")) {
            exercises.add(new Exercise(exercise.get("id").asText(), exercise.get("duration_ms").asLong(),
                    exercise.get("status").asText(), exercise.get("score").asInt(), exercise.get("max_score").asInt()));
        }
        return new GradeRun(command, archive, grade.get("duration_ms").asLong(), grade.get("score").asInt(),
                grade.get("max_score").asInt(), exercises);
    }
}
