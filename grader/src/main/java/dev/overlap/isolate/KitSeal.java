package dev.overlap.isolate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Seals a kit at build time: writes {@value Kit#SEAL} beside its JARs, one line per JAR with its SHA-256, in the
 * format of {@code sha256sum}, so {@code sha256sum -c kit.sha256} checks it too. The order of the lines is the
 * class path order: the grader first, then its libraries by name.
 */
public final class KitSeal {

    private KitSeal() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]).toAbsolutePath().normalize();
        String grader = args.length > 1 ? args[1] : "overlap-grader";
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .sorted((a, b) -> {
                        boolean aFirst = a.getFileName().toString().startsWith(grader);
                        boolean bFirst = b.getFileName().toString().startsWith(grader);
                        return aFirst == bFirst ? a.compareTo(b) : aFirst ? -1 : 1;
                    }).toList();
        }
        StringBuilder seal = new StringBuilder();
        for (Path jar : jars) {
            seal.append(Kit.sha256(jar)).append("  ").append(jar.getFileName()).append('\n');
        }
        Files.writeString(folder.resolve(Kit.SEAL), seal, StandardCharsets.UTF_8);
    }
}
