package dev.overlap.isolate;

import dev.overlap.rules.SubmissionClasses;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts a JVM for one exercise's checks, feeds it the nonce and seed, listens to its messages and
 * ends it at the time limit. The grading JVM alone turns what it heard into a grade.
 *
 * <p>The checks' JVM starts in the {@link Sandbox} of the grade run, in a scratch folder of its own (the only
 * folder it may write), with an almost empty environment (no CI secrets to print into a report), its temporary
 * files and crash logs in that folder, and, on JDKs that know the options, {@code sun.misc.Unsafe} memory access
 * and native access denied.
 */
public final class Fork {

    private static final int ERROR_LIMIT = 16 * 1024;

    /** The line a checks JVM prints once it has started and waits for its nonce and seed. */
    static final String READY = "overlap-checks-ready";

    /** How often a started JVM's processor time is read, and how long it may take to go quiet. */
    private static final Duration QUIET_LOOK = Duration.ofMillis(50);
    private static final Duration QUIET_LIMIT = Duration.ofSeconds(3);

    private Fork() {
    }

    /** Runs the checks; {@code checkStarted} hears each check's method name as it starts, for progress. */
    public static ForkOutcome run(ForkSpec spec, Consumer<String> checkStarted)
            throws IOException, InterruptedException {
        return start(spec).run(checkStarted);
    }

    /**
     * Starts the checks' JVM of {@code spec} and leaves it waiting, the kit loaded, for {@link Started#run} to hand
     * it the nonce and the seed; until then no class of the submission is loaded, and its classes folder may still
     * be empty. The watch starts one while the learner edits, so a save is graded without waiting for a JVM.
     */
    public static Started start(ForkSpec spec) throws IOException {
        return new Started(spec, Processes.builder(prepare(spec), spec.scratch()).start());
    }

    /** A checks JVM that was started and waits for its checks to be run, once. */
    public static final class Started {

        private final ForkSpec spec;
        private final Process process;
        private Boolean ready;

        private Started(ForkSpec spec, Process process) {
            this.spec = spec;
            this.process = process;
        }

        /**
         * Waits until the JVM says it has started (its kit loaded, the submission's classes not yet touched):
         * whether it did. A JVM that ended first is not ready, and {@link #run} then reports how it ended.
         */
        public boolean awaitReady() {
            if (ready == null) {
                ready = readyLine(process.getInputStream()) && quiet(process);
            }
            return ready;
        }

        public ForkSpec spec() {
            return spec;
        }

        /** Whether it still waits: a JVM that ended while it waited cannot run the checks. */
        public boolean isAlive() {
            return process.isAlive();
        }

        /** Ends it, used or not, without waiting for it to go. */
        public void discard() {
            Processes.kill(process);
        }

        /** Runs the checks; {@code checkStarted} hears each check's method name as it starts, for progress. */
        public ForkOutcome run(Consumer<String> checkStarted) throws IOException, InterruptedException {
            awaitReady();
            return Fork.run(spec, process, checkStarted);
        }
    }

    /**
     * Waits until the JVM stops using the processor after it said it was ready (its compiler threads go on with the
     * start's work for a while), looking every {@link #QUIET_LOOK}, for at most {@link #QUIET_LIMIT}: a JVM still
     * compiling would take a core from the checks timed next to it. Whether it went quiet.
     */
    private static boolean quiet(Process process) {
        Optional<ProcessHandle> jvm = ProcessHandle.of(checksJvm(process));
        long deadline = System.nanoTime() + QUIET_LIMIT.toNanos();
        Duration before = cpu(jvm);
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(QUIET_LOOK);
                Duration now = cpu(jvm);
                if (now.equals(before)) {
                    return true;
                }
                before = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static Duration cpu(Optional<ProcessHandle> jvm) {
        return jvm.flatMap(handle -> handle.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** Reads the first line byte by byte, so that nothing after it is taken from the messages that follow. */
    private static boolean readyLine(InputStream in) {
        StringBuilder line = new StringBuilder();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
        } catch (IOException e) {
            return false;
        }
        return line.toString().strip().equals(READY);
    }

    private static ForkOutcome run(ForkSpec spec, Process process, Consumer<String> checkStarted)
            throws IOException, InterruptedException {
        String nonce = newNonce();
        try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write(nonce + "\n" + spec.seed() + "\n");
        }

        List<ForkMessage> messages = new CopyOnWriteArrayList<>();
        CappedOutput stray = new CappedOutput(ForkedMain.OUTPUT_LIMIT);
        CappedOutput errors = new CappedOutput(ERROR_LIMIT);
        AtomicLong firstStart = new AtomicLong();
        AtomicLong lastMessage = new AtomicLong();
        MessageLines lines = new MessageLines(nonce, message -> {
            messages.add(message);
            long now = System.nanoTime();
            lastMessage.set(now);
            if (ForkMessage.STARTED.equals(message.event())) {
                firstStart.compareAndSet(0, now);
                checkStarted.accept(message.check());
            }
        }, stray);
        Thread stdout = Thread.ofVirtual().start(() -> readMessages(lines, process.getInputStream(), stray));
        Thread stderr = Thread.ofVirtual().start(() -> Processes.drain(process.getErrorStream(), errors,
                "the error stream"));

        boolean finished = process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
        Optional<String> dump = Optional.empty();
        if (!finished) {
            dump = ThreadDump.learnerFrames(checksJvm(process), spec.submissionClasses(), spec.scratch());
            Processes.end(process);
        }
        stdout.join(TimeUnit.SECONDS.toMillis(5));
        stderr.join(TimeUnit.SECONDS.toMillis(5));
        long checksNanos = firstStart.get() == 0 ? 0 : lastMessage.get() - firstStart.get();
        return ForkOutcome.of(List.copyOf(messages), !finished, process.exitValue(), stray.text(), errors.text(),
                dump, TimeUnit.NANOSECONDS.toMillis(checksNanos));
    }

    private static String newNonce() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Makes the scratch folder and the sandbox ready, and returns the command that starts the checks' JVM for
     * {@code spec} inside it; public so the bench can time that JVM's stages.
     */
    public static List<String> prepare(ForkSpec spec) throws IOException {
        Files.createDirectories(spec.scratch());
        List<String> options = jvmOptions(spec);
        // The kit's classes come first, so a submission cannot replace them with classes of the same name.
        List<Path> classpath = ChecksClasspath.of(spec.kit(), spec.submissionClasses());
        StartupArchive.Plan kit = StartupArchive.plan(ArchiveTraining.class, classpath.subList(0, classpath.size() - 1),
                options);
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<Path> readable = new ArrayList<>(List.of(javaHome, spec.submissionClasses()));
        readable.addAll(kit.files());
        Confinement confinement = new Confinement(readable, spec.scratch());
        spec.sandbox().prepare(confinement);
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(options);
        command.addAll(kit.options());
        command.add("-D" + SubmissionClasses.LOCATION_PROPERTY + "=" + spec.submissionClasses());
        command.add("-cp");
        command.add(Stream.concat(kit.classpath().stream(), Stream.of(spec.submissionClasses())).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        command.add(ForkedMain.class.getName());
        command.add(spec.checkClass());
        command.add(Integer.toString(spec.maxPlatformThreads()));
        command.add(String.join(",", spec.checks()));
        command.add(Boolean.toString(spec.measuresCores()));
        command.add(Boolean.toString(spec.warmsUp()));
        return spec.sandbox().wrap(command, confinement);
    }

    /** The checks JVM itself: the process started, or the JVM the sandbox started inside it. */
    private static long checksJvm(Process process) {
        return process.descendants().filter(child -> child.info().command().filter(c -> c.endsWith("/java"))
                .isPresent()).mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    /** The options of every checks JVM, whatever it checks: its limits, and nothing of the grading JVM's. */
    private static List<String> jvmOptions(ForkSpec spec) {
        List<String> command = new ArrayList<>();
        command.add("-Xmx" + spec.heapMegabytes() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-XX:ErrorFile=" + spec.scratch().resolve("hs_err_pid%p.log"));
        command.add("-Djava.io.tmpdir=" + spec.scratch());
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        // Keeps virtual threads that were started directly in the thread dump taken at the time limit.
        command.add("-Djdk.trackAllThreads=true");
        int feature = Runtime.version().feature();
        if (feature >= 23) {
            command.add("--sun-misc-unsafe-memory-access=deny");
        }
        if (feature >= 24) {
            command.add("--illegal-native-access=deny");
        }
        return command;
    }

    private static void readMessages(MessageLines lines, InputStream in, CappedOutput stray) {
        try {
            lines.read(in);
        } catch (IOException e) {
            stray.append("[reading the checks' output failed: " + e.getMessage() + "]\n");
        }
    }
}
