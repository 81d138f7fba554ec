package dev.overlap.isolate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one exercise of a submission on its own, from its sources only: no classpath, so it
 * cannot compile against the grader, and no annotation processing, so compiling runs none of its code.
 * The grading JVM checks the sources and copies them ({@link #compile}); the compiler itself runs in a process
 * of its own, in the grade run's sandbox, with a time and a memory limit ({@link Compiler}), since sources can
 * be crafted to keep a compiler busy or fill its memory.
 */
public final class Compilation {

    private static final int SHOWN_ERRORS = 5;
    private static final int SHOWN_LOG_LINES = 6;
    private static final long MAX_SOURCE_BYTES = 1024 * 1024;

    private Compilation() {
    }

    /** The outcome: compiled classes, or the compiler's first errors as feedback. */
    public sealed interface Result {
        record Compiled(Path classes) implements Result { }

        record Failed(String errors) implements Result { }

        record NoSources(Path where) implements Result { }
    }

    /**
     * Compiles the sources under {@code sourceRoot} into {@code place/classes} with the compiler started {@code ahead}
     * for those folders, if there is one, else with a process of {@code compiler} started now: the sources are
     * checked, then copied to {@code place/sources}, the only sources the compiler's process can see.
     */
    public static Result compile(Path sourceRoot, Path place, Compiler compiler, Optional<Compiler.Started> ahead)
            throws IOException, InterruptedException {
        List<Path> sources = sourcesUnder(sourceRoot);
        if (sources.isEmpty()) {
            return new Result.NoSources(sourceRoot);
        }
        Optional<String> unfit = unfit(sourceRoot, sources);
        if (unfit.isPresent()) {
            return new Result.Failed(unfit.get());
        }
        Path copy = place.resolve("sources");
        for (Path source : sources) {
            Path target = copy.resolve(sourceRoot.relativize(source).toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        return ahead.isPresent() ? ahead.get().compile()
                : compiler.compile(copy, Files.createDirectories(place.resolve("classes")));
    }

    /**
     * Compiles in this JVM, without the checks of {@link #compile}: for the compiler's own process
     * ({@link CompilerMain}) and for tests that compile the kit's own samples. Grading never compiles here.
     */
    public static Result compileHere(Path sourceRoot, Path classes) throws IOException {
        List<Path> sources = sourcesUnder(sourceRoot);
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("grading needs a JDK, not a JRE: no Java compiler in "
                    + System.getProperty("java.home"));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "21", "-proc:none", "-implicit:none", "-encoding", "UTF-8",
                    "-classpath", classes.toString(), "-d", classes.toString());
            StringWriter log = new StringWriter();
            boolean ok = compiler.getTask(log, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            return ok ? new Result.Compiled(classes) : new Result.Failed(describe(diagnostics, sourceRoot, log));
        }
    }

    private static List<Path> sourcesUnder(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java") && !Files.isDirectory(file))
                    .sorted().toList();
        }
    }

    /**
     * Only what is plainly the exercise's is compiled: regular files, no links to files elsewhere (whose
     * lines an error message would print into the report), and no more than an exercise needs.
     */
    private static Optional<String> unfit(Path root, List<Path> sources) throws IOException {
        long bytes = 0;
        for (Path source : sources) {
            if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of("The code was not compiled: " + root.relativize(source) + " is a link or not a"
                        + " regular file. The grader compiles only regular files inside the exercise's folder.");
            }
            bytes += Files.size(source);
        }
        if (bytes > MAX_SOURCE_BYTES) {
            return Optional.of("The code was not compiled: its sources take " + bytes / 1024 + " KiB, more than the "
                    + MAX_SOURCE_BYTES / 1024 + " KiB the grader compiles for one exercise.");
        }
        return Optional.empty();
    }

    private static String describe(DiagnosticCollector<JavaFileObject> diagnostics, Path root, StringWriter log) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        if (errors.isEmpty()) {
            // Without diagnostics the compiler itself failed, for example on nesting too deep for its stack.
            return "The code does not compile: " + log.toString().strip().lines().limit(SHOWN_LOG_LINES)
                    .collect(Collectors.joining("\n"));
        }
        String shown = errors.stream().limit(SHOWN_ERRORS).map(d -> "  " + where(d, root) + ": "
                + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
        String more = errors.size() > SHOWN_ERRORS ? "\n  ... and " + (errors.size() - SHOWN_ERRORS) + " more" : "";
        return "The code does not compile (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s") + "):\n"
                + shown + more;
    }

    private static String where(Diagnostic<? extends JavaFileObject> diagnostic, Path root) {
        if (diagnostic.getSource() == null) {
            return "(no file)";
        }
        Path file = Path.of(diagnostic.getSource().toUri());
        return root.relativize(file) + ":" + diagnostic.getLineNumber();
    }
}
