package dev.overlap.isolate;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the compiler in a process of its own, inside the sandbox: it reads the copied sources and the JDK, writes
 * only the classes folder, and stops at a time and a memory limit. A compiler that hits a limit is a compile
 * error that says which.
 *
 * @param kit   the class path of the kit, where {@link CompilerMain} is
 * @param limit the longest a compile may take
 */
public record Compiler(List<Path> kit, Sandbox sandbox, Duration limit) {

    /** Plenty for an exercise's few files (the compiler needs about 100 MB for them); far from the machine's. */
    private static final int HEAP_MEGABYTES = 512;
    private static final int OUTPUT_LIMIT = 64 * 1024;

    Compilation.Result compile(Path sources, Path classes) throws IOException, InterruptedException {
        return start(sources, classes, false).compile();
    }

    /**
     * Starts the compiler's process for these folders, which then waits, the compiler loaded, until
     * {@link Started#compile} lets it go: the watch starts the next grade's compiler while the learner edits, and
     * copies the sources into {@code sources} when they are saved. It runs in the sandbox from its start. One that
     * {@code warmsUp} first compiles a sample in memory (see {@link CompilerWarmUp}): for a compiler whose start
     * delays no one.
     */
    public Started start(Path sources, Path classes, boolean warmsUp) throws IOException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        // A compile is short: the quick compiler and the simplest collector start fastest.
        List<String> options = List.of("-Xmx" + HEAP_MEGABYTES + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:-CreateCoredumpOnCrash", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.language=en");
        StartupArchive.Plan plan = StartupArchive.plan(CompilerTraining.class, kit, options);
        Files.createDirectories(sources);
        Files.createDirectories(classes);
        List<Path> readable = new ArrayList<>(List.of(javaHome, sources));
        readable.addAll(plan.files());
        Confinement confinement = new Confinement(readable, classes);
        sandbox.prepare(confinement);
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(options);
        command.addAll(plan.options());
        command.addAll(List.of("-cp", String.join(File.pathSeparator, plan.classpath().stream().map(Path::toString)
                .toList()), CompilerMain.class.getName(), sources.toString(), classes.toString(),
                Boolean.toString(warmsUp)));
        Process process = Processes.builder(sandbox.wrap(command, confinement), classes).redirectErrorStream(true)
                .start();
        CappedOutput said = new CappedOutput(OUTPUT_LIMIT);
        Thread reader = Thread.ofVirtual().start(() -> Processes.drain(process.getInputStream(), said,
                "the compiler's output"));
        return new Started(process, said, reader, classes);
    }

    /** A compiler's process that was started and waits to compile, once. */
    public final class Started {

        private final Process process;
        private final CappedOutput said;
        private final Thread reader;
        private final Path classes;

        private Started(Process process, CappedOutput said, Thread reader, Path classes) {
            this.process = process;
            this.said = said;
            this.reader = reader;
            this.classes = classes;
        }

        /** Lets the compiler go (its standard input ends) and waits for it, at most the compiler's limit. */
        Compilation.Result compile() throws IOException, InterruptedException {
            process.getOutputStream().close();
            boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                Processes.end(process);
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
            sandbox.reclaim(classes);
            if (!finished) {
                return new Compilation.Result.Failed("The code was not compiled: the compiler was still busy after "
                        + limit.toSeconds() + " s, the limit for one exercise. Code this small compiles in about a"
                        + " second; look for deeply nested expressions or generic calls the compiler must try in"
                        + " many combinations.");
            }
            return switch (process.exitValue()) {
                case 0 -> new Compilation.Result.Compiled(classes);
                case CompilerMain.DOES_NOT_COMPILE -> new Compilation.Result.Failed(said.text());
                case ExitCodes.OUT_OF_MEMORY -> new Compilation.Result.Failed("The code was not compiled: the"
                        + " compiler ran out of its " + HEAP_MEGABYTES + " MB of memory. Code this small needs a few"
                        + " MB; look for huge constant expressions or deeply nested generic calls.");
                default -> throw new IOException("the compiler's process ended with status " + process.exitValue()
                        + ": " + said.text().strip());
            };
        }

        /** Ends it, used or not, without waiting for it to go. */
        public void discard() {
            Processes.kill(process);
        }
    }
}
