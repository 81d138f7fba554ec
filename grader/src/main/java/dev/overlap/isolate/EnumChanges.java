package dev.overlap.isolate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How an enum of a submission differs from the starter's, in one sentence that names the enum and the constants. */
final class EnumChanges {

    private EnumChanges() {
    }

    /** What differs in enum {@code name} of the submission from the starter's constants, or nothing. */
    static Optional<String> describe(String name, List<String> starter, Path submissionClasses) {
        Path classFile = submissionClasses.resolve(ExerciseEnums.classFile(name));
        if (!Files.isRegularFile(classFile)) {
            return Optional.of("The enum " + name + " is missing.");
        }
        Optional<List<String>> constants = EnumConstants.of(read(classFile));
        if (constants.isEmpty()) {
            return Optional.of(name + " is no longer an enum; the starter's is an enum of " + String.join(", ", starter)
                    + ".");
        }
        if (constants.get().equals(starter)) {
            return Optional.empty();
        }
        List<String> missing = starter.stream().filter(constant -> !constants.get().contains(constant)).toList();
        List<String> added = constants.get().stream().filter(constant -> !starter.contains(constant)).toList();
        List<String> differences = new ArrayList<>();
        if (!missing.isEmpty()) {
            differences.add("missing: " + String.join(", ", missing));
        }
        if (!added.isEmpty()) {
            differences.add("not in the starter: " + String.join(", ", added));
        }
        return Optional.of("The enum " + name + " has the constants " + String.join(", ", constants.get())
                + " where the starter has " + String.join(", ", starter) + " ("
                + (differences.isEmpty() ? "the same ones in another order" : String.join("; ", differences)) + ").");
    }

    private static byte[] read(Path classFile) {
        try {
            return Files.readAllBytes(classFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file " + classFile, e);
        }
    }
}
