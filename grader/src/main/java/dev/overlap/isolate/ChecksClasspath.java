package dev.overlap.isolate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The classpath of a checks JVM: the kit's entries first, so a submission cannot replace them, then the
 * submission's classes. An entry that brings classes of the submission's own packages (the starters,
 * when the kit runs inside its own build) is left out: the submission's classes are the only ones graded.
 * An entry that holds the kit's classes is always kept.
 */
final class ChecksClasspath {

    private static final String KIT = "dev/overlap/";

    private ChecksClasspath() {
    }

    static List<Path> of(List<Path> graderClasspath, Path submissionClasses) {
        Set<String> packages = packagesUnder(submissionClasses);
        List<Path> classpath = new ArrayList<>();
        for (Path entry : expanded(graderClasspath)) {
            if (!provides(entry, packages) || provides(entry, Set.of(KIT))) {
                classpath.add(entry);
            }
        }
        classpath.add(submissionClasses);
        return classpath;
    }

    /**
     * Replaces a manifest-only jar (how Surefire passes a long classpath) by the entries its manifest
     * lists, so that each of them is judged on its own.
     */
    private static List<Path> expanded(List<Path> entries) {
        List<Path> result = new ArrayList<>();
        for (Path entry : entries) {
            List<Path> listed = manifestClassPath(entry);
            if (listed.isEmpty()) {
                result.add(entry);
            } else {
                result.addAll(listed);
            }
        }
        return result;
    }

    private static List<Path> manifestClassPath(Path entry) {
        if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String listed = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (listed == null || listed.isBlank()) {
                return List.of();
            }
            URI base = entry.toAbsolutePath().toUri();
            List<Path> paths = new ArrayList<>();
            for (String item : listed.trim().split("\\s+")) {
                paths.add(Path.of(base.resolve(item)));
            }
            return paths;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }

    private static Set<String> packagesUnder(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file.getParent() == null ? classes : file.getParent()))
                    .map(dir -> dir.toString().replace(java.io.File.separatorChar, '/') + "/")
                    .filter(dir -> !dir.equals("/"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean provides(Path entry, Set<String> packages) {
        if (Files.isDirectory(entry)) {
            return packages.stream().anyMatch(dir -> Files.isDirectory(entry.resolve(dir)));
        }
        if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return false;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return packages.stream().anyMatch(dir -> jar.getEntry(dir) != null
                    || jar.stream().anyMatch(item -> item.getName().startsWith(dir)));
        } catch (IOException e) {
            return false;
        }
    }
}
