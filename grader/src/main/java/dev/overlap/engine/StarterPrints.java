package dev.overlap.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The print of every starter as the kit ships it, made by the build into the grader's JAR: the course overview calls
 * an exercise whose sources still have its starter's print "not started", in the kit and in every project made from
 * it, whatever the folder it was copied to.
 */
public final class StarterPrints {

    private static final String RESOURCE = "starter-prints.properties";

    private StarterPrints() {
    }

    /** The starters' prints by exercise id, as the build recorded them; none when the grader runs from sources. */
    static Map<String, String> load() {
        Properties prints = new Properties();
        try (InputStream in = StarterPrints.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                prints.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> byId = new TreeMap<>();
        prints.stringPropertyNames().forEach(id -> byId.put(id, prints.getProperty(id)));
        return byId;
    }

    /** Writes the prints of every exercise under {@code args[0]} (the kit's exercises/) to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> folders = Files.list(Path.of(args[0]))) {
            folders.filter(Files::isDirectory).forEach(folder -> prints.put(folder.getFileName().toString(),
                    Sources.print(folder.resolve(Sources.JAVA))));
        }
        // Written by hand rather than by Properties.store, which dates the file: the same starters, the same bytes.
        StringBuilder text = new StringBuilder("# Each starter's print (Sources.print), made by the build\n");
        prints.forEach((id, print) -> {
            if (!print.isEmpty()) {
                text.append(id).append('=').append(print).append('\n');
            }
        });
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
