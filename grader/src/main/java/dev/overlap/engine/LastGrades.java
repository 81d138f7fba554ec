package dev.overlap.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The last grade of each exercise with the print of the sources it was given for, kept under the reports folder
 * ({@value #FOLDER}) by every grade run of one submission, so the course overview can say where a learner stands
 * without grading anything. A hidden folder: batch grading never takes it for a learner's reports.
 */
final class LastGrades {

    static final String FOLDER = ".progress";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One exercise's last grade and the print of the sources it graded. */
    record Kept(String sources, ExerciseReport report) {
    }

    private final Path folder;

    LastGrades(Path reports) {
        this.folder = reports.resolve(FOLDER);
    }

    /** Keeps each exercise of {@code report} with the print its sources under {@code submission} have now. */
    void keep(GradeReport report, Path submission) throws IOException {
        Files.createDirectories(folder);
        for (ExerciseReport exercise : report.exercises()) {
            Kept kept = new Kept(Sources.print(submission.resolve(exercise.id()).resolve(Sources.JAVA)), exercise);
            JSON.writeValue(folder.resolve(exercise.id() + ".json").toFile(), kept);
        }
    }

    /** The last grade kept for the exercise; none if it was never graded or its record cannot be read. */
    Optional<Kept> of(String exercise) {
        Path file = folder.resolve(exercise + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Kept.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
