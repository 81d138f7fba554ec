package dev.overlap.isolate;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The classes a checks JVM runs besides the submission's: the grader and its libraries.
 *
 * <p>A <em>sealed</em> kit is a folder of JARs the build made ({@code grader/target/kit}, the Gradescope bundle's
 * {@code lib/}) with a seal, {@value #SEAL}, that records the SHA-256 of each JAR at build time
 * ({@link KitSeal}). Before each checks JVM starts, the grader hashes the JARs again: a kit that a submission
 * managed to change (a JAR rewritten, added or removed) is refused, so the damage cannot reach the next
 * exercise or the next grade run. A checks JVM never loads the kit from a class folder such as
 * {@code target/classes}, which Maven would not rebuild once a newer class file had been written into it.
 *
 * <p>An <em>unsealed</em> kit is the grading JVM's own class path, for a run started from an IDE without a build;
 * the console says so.
 */
public final class Kit {

    /** Names the sealed kit's folder; without it, the folder of the JAR this class came from, if it has a seal. */
    public static final String FOLDER_PROPERTY = "overlap.kit";
    public static final String SEAL = "kit.sha256";

    private final List<Path> jars;
    private final Map<Path, String> sealed;

    private Kit(List<Path> jars, Map<Path, String> sealed) {
        this.jars = List.copyOf(jars);
        this.sealed = Map.copyOf(sealed);
    }

    /** The kit of this grading JVM: the sealed one if the build made it, otherwise its own class path. */
    public static Kit ofThisJvm() throws IOException {
        Optional<Path> folder = Optional.ofNullable(System.getProperty(FOLDER_PROPERTY)).filter(s -> !s.isBlank())
                .map(Path::of).or(Kit::folderOfThisJar);
        if (folder.isPresent()) {
            return sealedIn(folder.get());
        }
        return new Kit(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).map(Path::toAbsolutePath).toList(), Map.of());
    }

    /** The kit in {@code folder}, checked against its seal. */
    public static Kit sealedIn(Path folder) throws IOException {
        Path home = folder.toAbsolutePath().normalize();
        Path seal = home.resolve(SEAL);
        if (!Files.isRegularFile(seal)) {
            throw new IOException("The grading kit in " + home + " has no seal (" + SEAL + "). Build it with"
                    + " ./mvnw -q -Pgrade verify or ./mvnw -B verify, which write the seal beside the JARs.");
        }
        Map<Path, String> hashes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(seal, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split("\\s+", 2);
                hashes.put(home.resolve(parts[1]), parts[0]);
            }
        }
        Kit kit = new Kit(List.copyOf(hashes.keySet()), hashes);
        Optional<String> changed = kit.changes();
        if (changed.isPresent()) {
            throw new IOException(changed.get());
        }
        return kit;
    }

    /** The JARs (or, unsealed, the class path entries) in class path order. */
    public List<Path> classpath() {
        return jars;
    }

    public boolean isSealed() {
        return !sealed.isEmpty();
    }

    /** What differs from the seal, if anything: a JAR changed, missing or added since the build. */
    public Optional<String> changes() throws IOException {
        if (!isSealed()) {
            return Optional.empty();
        }
        Path home = jars.getFirst().getParent();
        try (Stream<Path> files = Files.list(home)) {
            Optional<Path> added = files.filter(file -> file.toString().endsWith(".jar"))
                    .filter(file -> !sealed.containsKey(file)).findFirst();
            if (added.isPresent()) {
                return Optional.of(changedMessage(added.get(), "was added"));
            }
        }
        for (Map.Entry<Path, String> entry : sealed.entrySet()) {
            if (!Files.isRegularFile(entry.getKey())) {
                return Optional.of(changedMessage(entry.getKey(), "is missing"));
            }
            if (!sha256(entry.getKey()).equals(entry.getValue())) {
                return Optional.of(changedMessage(entry.getKey(), "differs from its seal"));
            }
        }
        return Optional.empty();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String changedMessage(Path jar, String how) {
        return "The grading kit was changed since it was built: " + jar.getFileName() + " " + how + " (kit "
                + jar.getParent() + "). Nothing more is graded with it. Rebuild the kit (./mvnw -q -Pgrade verify"
                + " rebuilds it) and grade again; if a submission changed it, that submission is the one graded"
                + " just before.";
    }

    private static Optional<Path> folderOfThisJar() {
        CodeSource source = Kit.class.getProtectionDomain().getCodeSource();
        try {
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location).filter(Files::isRegularFile).map(Path::getParent)
                    .filter(folder -> Files.isRegularFile(folder.resolve(SEAL)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
