package dev.overlap.isolate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps grading inside the submission: an exercise's folder, the folders down to its sources and everything among
 * the sources must resolve inside the submission's own folder. A link to the kit's solutions, to another
 * learner's copy or to any file of the machine would otherwise be graded, or printed into a report, as the
 * learner's work.
 */
public final class SubmissionFolder {

    private static final List<String> DOWN_TO_SOURCES = List.of("src", "main", "java");

    private SubmissionFolder() {
    }

    /** Why the exercise in {@code folder} reaches outside {@code root}, or nothing when it stays inside. */
    public static Optional<String> leaves(Path root, Path folder) throws IOException {
        if (!Files.exists(root) || !Files.exists(folder)) {
            return Optional.empty();
        }
        Path inside = root.toRealPath();
        Path step = folder;
        for (int depth = 0; depth <= DOWN_TO_SOURCES.size() && Files.exists(step); depth++) {
            Optional<String> outside = outside(inside, root, step);
            if (outside.isPresent()) {
                return outside;
            }
            if (depth < DOWN_TO_SOURCES.size()) {
                step = step.resolve(DOWN_TO_SOURCES.get(depth));
            }
        }
        if (!Files.isDirectory(step)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.walk(step)) {
            for (Path entry : entries.filter(Files::isSymbolicLink).toList()) {
                Optional<String> outside = outside(inside, root, entry);
                if (outside.isPresent()) {
                    return outside;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> outside(Path inside, Path root, Path path) throws IOException {
        Path target = Files.exists(path) ? path.toRealPath() : Files.readSymbolicLink(path);
        if (target.isAbsolute() && target.startsWith(inside) && Files.exists(path)) {
            return Optional.empty();
        }
        String name = root.relativize(path).toString();
        String what = Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "is a link to "
                : "leads through a link to ";
        return Optional.of(name + " " + what + target + ", outside the submission's folder " + inside + ". The"
                + " grader grades only what is inside the submission itself: copy the files in instead of linking"
                + " to them.");
    }
}
