package dev.overlap.isolate;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An archive of the classes every checks JVM loads (JUnit, AssertJ, ArchUnit, Jackson and the kit), so that
 * each one maps them ready-made instead of reading, verifying and linking them again: class-data sharing,
 * and on JDK 25+ the AOT cache, which also keeps them linked and remembers method profiles. A training run
 * ({@link ArchiveTraining}) makes it once per JDK and kit, in the folder that the system property
 * {@value #FOLDER_PROPERTY} names; later checks JVMs reuse it.
 *
 * <p>An archive changes how fast a checks JVM starts, never what it runs: the same classes, from the same
 * entries in the same order, with the submission last. Only JAR files can be archived, so the kit's class
 * folders are packed into JARs first. Without the property, or when anything here fails, checks JVMs start
 * without an archive, as they always did.
 */
public final class StartupArchive {

    public static final String FOLDER_PROPERTY = "overlap.archive.dir";

    private static final int KEPT_ARCHIVES = 4;
    private static final long TRAINING_LIMIT_SECONDS = 120;
    private static final String ARCHIVE_PREFIX = "checks-";
    private static final String CLASSPATH_SUFFIX = ".classpath";
    private static final String KIT_CLASSES = "dev/overlap";
    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;
    private static final String EXTENSION = AOT_CACHE ? ".aot" : ".jsa";

    /** What this JVM made or found, per archive; a training that failed is not tried again here. */
    private static final Map<String, Optional<Path>> ARCHIVES = new ConcurrentHashMap<>();

    private StartupArchive() {
    }

    /**
     * The kit's part of a checks JVM's classpath and the options that map its archive.
     *
     * @param classpath the kit's entries as the checks JVM runs them
     * @param options   no options: no archive
     * @param archive   the archive those options map, which the checks JVM must be able to read
     */
    record Plan(List<Path> classpath, List<String> options, Optional<Path> archive) {

        static Plan without(List<Path> classpath) {
            return new Plan(classpath, List.of(), Optional.empty());
        }

        /** Every file the JVM reads to start: the class path and the archive, which a sandbox must let it see. */
        List<Path> files() {
            List<Path> files = new ArrayList<>(classpath);
            archive.ifPresent(files::add);
            return List.copyOf(files);
        }
    }

    /**
     * How to start a checks JVM with the kit's {@code classpath} and {@code jvmOptions}; trains first if needed.
     * The archive holds the libraries' JARs and the kit's own classes; other folders (the starters, when the kit
     * runs inside its own build) differ from exercise to exercise, so they follow, unarchived, as they came.
     * Neither part has classes of the other's packages, so the order between them changes nothing.
     */
    static Plan plan(Class<?> training, List<Path> classpath, List<String> jvmOptions) {
        String folder = System.getProperty(FOLDER_PROPERTY, "");
        return folder.isBlank() ? Plan.without(classpath) : plan(training, classpath, jvmOptions, Path.of(folder));
    }

    /**
     * @param training the main class of the training run: it does what the JVMs that will use the archive do,
     *                 with the kit's own inputs ({@link ArchiveTraining} for checks JVMs, {@link CompilerTraining}
     *                 for compilers)
     */
    static Plan plan(Class<?> training, List<Path> classpath, List<String> jvmOptions, Path folder) {
        Plan without = Plan.without(classpath);
        try {
            Path home = Files.createDirectories(folder.toAbsolutePath());
            List<Path> archived = new ArrayList<>();
            List<Path> appended = new ArrayList<>();
            for (Path entry : classpath) {
                if (Files.isRegularFile(entry)) {
                    archived.add(entry.toAbsolutePath());
                } else if (Files.isDirectory(entry.resolve(KIT_CLASSES))) {
                    archived.add(pack(entry.toAbsolutePath(), home));
                } else if (Files.isDirectory(entry)) {
                    appended.add(entry);
                }
            }
            Optional<Path> archive = ARCHIVES.computeIfAbsent(key(training, archived),
                    key -> find(home, key, training, archived, jvmOptions));
            List<Path> runs = new ArrayList<>(archived);
            runs.addAll(appended);
            return archive.map(file -> new Plan(List.copyOf(runs), use(file), Optional.of(file))).orElse(without);
        } catch (IOException | RuntimeException e) {
            return without;
        }
    }

    private static List<String> use(Path archive) {
        // A stale or unusable archive is skipped with a warning on standard output, where the grading JVM reads
        // its messages; without the warning the JVM simply starts without it.
        return AOT_CACHE ? List.of("-XX:AOTCache=" + archive, "-Xlog:aot*=off", "-Xlog:cds*=off")
                : List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    private static Optional<Path> find(Path home, String key, Class<?> training, List<Path> jars,
                                       List<String> jvmOptions) {
        Path archive = home.resolve(ARCHIVE_PREFIX + key + EXTENSION);
        try {
            if (!Files.isRegularFile(archive)) {
                train(home, archive, training, jars, jvmOptions);
                prune(home);
            }
            Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(archive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void train(Path home, Path archive, Class<?> training, List<Path> jars, List<String> jvmOptions)
            throws IOException, InterruptedException {
        Path made = home.resolve(ARCHIVE_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime() + EXTENSION);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add((AOT_CACHE ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + made);
        command.add("-cp");
        command.add(jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(training.getName());
        Process run = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!run.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS) || run.exitValue() != 0
                    || !Files.isRegularFile(made) || Files.size(made) == 0) {
                throw new IOException("the training run made no archive");
            }
            Files.writeString(home.resolve(archive.getFileName() + CLASSPATH_SUFFIX),
                    jars.stream().map(Path::toString).collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
            Files.move(made, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            run.destroyForcibly();
            Files.deleteIfExists(made);
        }
    }

    /** A folder of the kit's classes packed into a JAR named for its content: unchanged classes keep their JAR. */
    private static Path pack(Path folder, Path home) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder listing = new StringBuilder(folder.toString());
        for (Path file : files) {
            listing.append('\n').append(folder.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                    .append(Files.getLastModifiedTime(file).toMillis());
        }
        Path jar = home.resolve("classes-" + hash(listing.toString()) + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Path made = home.resolve("packing-" + ProcessHandle.current().pid() + "-" + jar.getFileName());
        try (OutputStream out = Files.newOutputStream(made); JarOutputStream packing = new JarOutputStream(out)) {
            for (Path file : files) {
                packing.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, packing);
                packing.closeEntry();
            }
        }
        Files.move(made, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return jar;
    }

    /** Keeps the archives used last and the JARs they list; the folder would otherwise grow with every build. */
    private static void prune(Path home) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(home)) {
            archives = files.filter(file -> file.getFileName().toString().startsWith(ARCHIVE_PREFIX)
                    && file.getFileName().toString().endsWith(EXTENSION))
                    .sorted(Comparator.comparing(StartupArchive::lastModified).reversed()).toList();
        }
        for (Path old : archives.subList(Math.min(KEPT_ARCHIVES, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(home.resolve(old.getFileName() + CLASSPATH_SUFFIX));
        }
        Set<String> listed = new HashSet<>();
        for (Path kept : archives.subList(0, Math.min(KEPT_ARCHIVES, archives.size()))) {
            Path list = home.resolve(kept.getFileName() + CLASSPATH_SUFFIX);
            if (Files.isRegularFile(list)) {
                listed.addAll(Files.readAllLines(list));
            }
        }
        try (Stream<Path> files = Files.list(home)) {
            for (Path jar : files.filter(file -> file.getFileName().toString().startsWith("classes-")).toList()) {
                if (!listed.contains(jar.toString())) {
                    Files.deleteIfExists(jar);
                }
            }
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Names an archive for everything that decides whether a JVM can use it: the JDK, the training and each JAR as it
     * is: its size and time, which the JVM compares, and for the sealed kit's JARs the hashes of their seal. The
     * options are left out: they name each run's own folders, and a JVM maps an archive made with other heap limits
     * too.
     */
    private static String key(Class<?> training, List<Path> jars) {
        StringBuilder identity = new StringBuilder(System.getProperty("java.home")).append('\n')
                .append(Runtime.version()).append('\n').append(training.getName());
        Set<Path> seals = new LinkedHashSet<>();
        for (Path jar : jars) {
            try {
                identity.append('\n').append(jar).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                identity.append('\n').append(jar).append(" ?");
            }
            Path seal = jar.resolveSibling(Kit.SEAL);
            if (Files.isRegularFile(seal)) {
                seals.add(seal);
            }
        }
        for (Path seal : seals) {
            try {
                identity.append('\n').append(Files.readString(seal, StandardCharsets.UTF_8));
            } catch (IOException e) {
                identity.append('\n').append(seal).append(" ?");
            }
        }
        return hash(identity.toString());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
