package dev.overlap.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An exercise's sources as the watch and the course overview see them: a print of what they say, equal for equal
 * code on every machine (line endings aside, which a Windows checkout changes), and a stamp of their files, which
 * changes when an editor saves one.
 */
final class Sources {

    /** Where an exercise keeps its code, below its folder. */
    static final String JAVA = "src/main/java";

    private Sources() {
    }

    /** A print of every Java file below {@code folder}, by relative path and content; empty when there is none. */
    static String print(Path folder) {
        List<Path> files = javaFiles(folder);
        if (files.isEmpty()) {
            return "";
        }
        MessageDigest digest = sha256();
        for (Path file : files) {
            digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(withoutCarriageReturns(file));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    /** A file's size and time of change, as the file system has them. */
    record Stamp(long size, long modifiedMillis) {
    }

    /** Each file's stamp: two stamps of a folder differ once a file is saved, added or removed. */
    static Map<Path, Stamp> stamp(Path folder) {
        Map<Path, Stamp> stamp = new TreeMap<>();
        for (Path file : javaFiles(folder)) {
            try {
                stamp.put(file, new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
            } catch (IOException e) {
                // Removed between the listing and now: the next stamp will not list it either.
            }
        }
        return stamp;
    }

    private static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> file.toString().endsWith(".java") && Files.isRegularFile(file)).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file's bytes as a Unix checkout has them, whatever its encoding; a file that cannot be read, none. */
    private static byte[] withoutCarriageReturns(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int kept = 0;
            for (byte b : bytes) {
                if (b != '\r') {
                    bytes[kept++] = b;
                }
            }
            return Arrays.copyOf(bytes, kept);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
