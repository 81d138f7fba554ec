package dev.overlap.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kit's reference solutions as submissions. A solution's folder, {@code solutions/NN}, holds only the files that
 * differ from its starter, {@code exercises/NN}: nothing is kept twice, and what the solution changes is all there
 * is to read in it. Its own build lays it over the starter the same way (the root POM's solution-overlay steps).
 */
public final class Solutions {

    public static final String FOLDER = "solutions";

    private Solutions() {
    }

    /** Every solution of the kit, each laid over its starter, in {@code into}; returns {@code into}. */
    public static Path laidOut(Path kit, Path into) throws IOException {
        List<String> ids;
        try (Stream<Path> folders = Files.list(kit.resolve(FOLDER))) {
            ids = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        }
        for (String id : ids) {
            layOut(kit, id, into.resolve(id));
        }
        return into;
    }

    /** One exercise's solution, laid over a copy of its starter, in {@code folder}. */
    public static void layOut(Path kit, String id, Path folder) throws IOException {
        layOver(kit.resolve("exercises").resolve(id), folder);
        layOver(kit.resolve(FOLDER).resolve(id), folder);
    }

    /** Copies a folder's sources (build output left out) over what {@code to} already holds: its files win. */
    public static void layOver(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(file -> !from.relativize(file).toString().startsWith("target")).forEach(file -> {
                try {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
