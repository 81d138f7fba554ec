package dev.overlap.isolate;

import dev.overlap.bytecode.Bytecode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The exercises' enums that the checks use, each with its constants in order, recorded in the kit when it is
 * built ({@code grader/pom.xml} runs {@link #main}) from the API the checks are compiled against. A grading JVM
 * could read them nowhere else: it has the kit and the submission, and a learner's copy of the starter is the
 * submission. The record is the starters' constants: the self-check grades every starter against it, and fails
 * the kit's build unless each one is graded.
 */
public final class ExerciseEnums {

    static final String RECORD = "exercise-enums.properties";

    private static final Properties RECORDED = load();

    private ExerciseEnums() {
    }

    /** Build step: records the enums that the checks under package {@code args[0]} use, into the file {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        StringBuilder record = new StringBuilder("# The enums the checks use, with their constants in order;"
                + " written by " + ExerciseEnums.class.getName() + " when the kit is built.\n");
        for (String name : ExerciseClasses.usedBy(Bytecode.ofMainPackage(args[0]))) {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(classFile(name))) {
                if (in != null) {
                    EnumConstants.of(in.readAllBytes()).ifPresent(constants ->
                            record.append(name).append('=').append(String.join(",", constants)).append('\n'));
                }
            }
        }
        Path file = Path.of(args[1]);
        // Written only when it changes, so that the kit's JAR, and the class-data archive made from it, stay as they are.
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).contentEquals(record)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, record, StandardCharsets.UTF_8);
        }
    }

    /** The constants the checks were compiled against, in order, if {@code className} is an enum they use. */
    static Optional<List<String>> of(String className) {
        return Optional.ofNullable(RECORDED.getProperty(className))
                .map(constants -> Arrays.stream(constants.split(",")).filter(name -> !name.isEmpty()).toList());
    }

    /** {@code mentalmodel/Scene.class} for {@code mentalmodel.Scene}. */
    static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    // A kit compiled without its build (from an IDE) has no record: its enums are then not compared.
    private static Properties load() {
        Properties recorded = new Properties();
        try (InputStream in = ExerciseEnums.class.getResourceAsStream(RECORD)) {
            if (in != null) {
                recorded.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kit's " + RECORD, e);
        }
        return recorded;
    }
}
