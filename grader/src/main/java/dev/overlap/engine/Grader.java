package dev.overlap.engine;

import dev.overlap.isolate.Compilation;
import dev.overlap.isolate.Compiler;
import dev.overlap.isolate.Fork;
import dev.overlap.isolate.ForkOutcome;
import dev.overlap.isolate.ForkSpec;
import dev.overlap.isolate.Kit;
import dev.overlap.isolate.Sandbox;
import dev.overlap.isolate.Signatures;
import dev.overlap.isolate.SubmissionFolder;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.Status;
import dev.overlap.integrity.Integrity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Grades a submission exercise by exercise: compile it alone, check it against the rules that keep
 * grading fair and the signatures the checks need, then run its checks in a JVM of their own, in the
 * {@link Sandbox}, with the {@link Kit} checked against its seal before each one. None of the submission's
 * code runs in this JVM. Whatever one exercise does, the others are still graded.
 *
 * <p>Every exercise is compiled and read before the first checks run, one per core at a time: nothing is timed
 * then, so the compilers may share the machine. Each exercise's checks JVM is started as its preparation begins
 * and waits, the kit loaded and none of the submission's classes, until its checks come; the first checks run once
 * every such JVM has finished starting. The checks' JVMs then run their checks one after another, alone: a JVM
 * that waits takes no core. A JVM's start (about a second, most of it a single thread) thus overlaps the compiles
 * instead of coming before each exercise's checks.
 */
public final class Grader {

    /** Exercises compiled and read at once: one per core, since a compile keeps a core busy. */
    private static final int PREPARED_AT_ONCE = Runtime.getRuntime().availableProcessors();

    private final Kit kit;
    private final Sandbox sandbox;
    private final long seed;
    private final GradeListener listener;
    private final boolean integrityRules;
    private final ChecksJvms jvms = new ChecksJvms(this::forkSpec, this::compiler);

    public Grader(Kit kit, Sandbox sandbox, long seed, GradeListener listener) {
        this(kit, sandbox, seed, listener, true);
    }

    private Grader(Kit kit, Sandbox sandbox, long seed, GradeListener listener, boolean integrityRules) {
        this.kit = kit;
        this.sandbox = sandbox;
        this.seed = seed;
        this.listener = listener;
        this.integrityRules = integrityRules;
    }

    /**
     * A grader that skips the {@link dev.overlap.integrity.IntegrityRules}, so that code they would stop runs in
     * the checks' JVM: the hostile corpus uses it to prove that the isolation holds on its own when a rule
     * misses something. Never for grading.
     */
    Grader withoutIntegrityRules() {
        return new Grader(kit, sandbox, seed, listener, false);
    }

    /**
     * For the watch, which grades the same exercises again and again: starts the checks JVM and the compiler of each
     * exercise's next grade, which wait, loaded, until that grade copies the sources, compiles them into the JVM's
     * folder and hands it the checks. Each process still serves one grade only, in the sandbox. Called by the thread
     * that grades (see {@link ChecksJvms}) once the verdict is out, so that their start slows neither the verdict nor
     * the reports; {@link #discardSpares} ends the ones left.
     */
    void startNext(List<ExerciseSpec> exercises) {
        exercises.forEach(jvms::startNext);
    }

    /** Ends the checks JVMs started ahead and not used. */
    void discardSpares() {
        jvms.discardAll();
    }

    public GradeReport grade(Path submissionRoot, List<ExerciseSpec> exercises) throws IOException {
        Instant start = Instant.now();
        Path work = Files.createTempDirectory("overlap-grade-");
        try {
            List<ExerciseReport> reports = prepareAll(exercises, submissionRoot, work).stream().map(prepared -> {
                listener.exerciseStarted(prepared.exercise());
                ExerciseReport report = switch (prepared) {
                    case Prepared.Settled settled -> settled.report();
                    case Prepared.Ready ready -> check(ready);
                };
                listener.exerciseFinished(report);
                return report;
            }).toList();
            return new GradeReport(reports.stream().mapToInt(ExerciseReport::score).sum(),
                    reports.stream().mapToInt(ExerciseReport::maxScore).sum(),
                    submissionRoot.toAbsolutePath().normalize().toString(), start.toString(),
                    Duration.between(start, Instant.now()).toMillis(), GradeReport.Machine.current(), sandbox.id(),
                    sandbox.describe(), reports);
        } finally {
            deleteQuietly(work);
        }
    }

    private Compiler compiler(ExerciseSpec exercise) {
        return new Compiler(kit.classpath(), sandbox, compileLimit(exercise));
    }

    /** The exercise's own time limit, at most a minute: compiling an exercise takes about a second. */
    private static Duration compileLimit(ExerciseSpec exercise) {
        Duration minute = Duration.ofMinutes(1);
        return exercise.timeout().compareTo(minute) < 0 ? exercise.timeout() : minute;
    }

    /**
     * An exercise after its compile and its rules: graded already (it did not compile, broke a rule, changed a
     * signature), or ready for its checks, with what its preparation took.
     */
    private sealed interface Prepared {
        ExerciseSpec exercise();

        record Settled(ExerciseSpec exercise, ExerciseReport report) implements Prepared {
        }

        record Ready(ExerciseSpec exercise, Path classes, Path scratch, long preparedNanos,
                     Optional<ChecksJvms.Started> jvm) implements Prepared {
        }
    }

    private List<Prepared> prepareAll(List<ExerciseSpec> exercises, Path root, Path work) {
        int atOnce = Math.min(PREPARED_AT_ONCE, Math.max(1, exercises.size()));
        listener.preparing(exercises, atOnce);
        // Started by this thread, which lives until the checks have run (see ChecksJvms).
        List<Optional<ChecksJvms.Started>> started = jvms.forGrade(exercises, work);
        List<Prepared> prepared;
        try (ExecutorService compilers = Executors.newFixedThreadPool(atOnce)) {
            List<Future<Prepared>> preparing = new ArrayList<>();
            for (int i = 0; i < exercises.size(); i++) {
                ExerciseSpec exercise = exercises.get(i);
                Optional<ChecksJvms.Started> spare = started.get(i);
                preparing.add(compilers.submit(() -> prepare(exercise, root, work, spare)));
            }
            prepared = preparing.stream().map(Grader::join).toList();
        }
        // No checks run before every JVM started ahead has finished starting: its start would take a core from them.
        return prepared.stream().map(Grader::ready).toList();
    }

    /**
     * Waits for the exercise's JVM started ahead, if it has one, and ends it if it did not start: its checks then run
     * in a JVM of their own, from the same folder, which goes with the JVM after the checks.
     */
    private static Prepared ready(Prepared prepared) {
        if (prepared instanceof Prepared.Ready ready) {
            ready.jvm().map(ChecksJvms.Started::jvm).filter(jvm -> !jvm.awaitReady()).ifPresent(Fork.Started::discard);
        }
        return prepared;
    }

    /** {@link #prepare} never throws: whatever goes wrong is the exercise's report. */
    private static Prepared join(Future<Prepared> prepared) {
        try {
            return prepared.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("preparing an exercise failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing the exercises", e);
        }
    }

    /** Prepares the exercise in its JVM's folder, if it has one; the JVM of an exercise graded already goes. */
    private Prepared prepare(ExerciseSpec exercise, Path root, Path work, Optional<ChecksJvms.Started> spare) {
        Prepared prepared = prepareIn(exercise, root, work, spare);
        if (prepared instanceof Prepared.Settled) {
            spare.ifPresent(ChecksJvms.Started::discard);
        }
        return prepared;
    }

    private Prepared prepareIn(ExerciseSpec exercise, Path root, Path work, Optional<ChecksJvms.Started> spare) {
        Path folder = root.resolve(exercise.id());
        long start = System.nanoTime();
        Verdicts verdicts = new Verdicts(exercise, start);
        try {
            // Checked before anything of this exercise runs: the compiler and the checks JVM both run the kit.
            Optional<String> kitChanged = kit.changes();
            if (kitChanged.isPresent()) {
                return settled(exercise, verdicts.zero(Status.CRASHED, kitChanged.get(), ""));
            }
            Optional<String> outside = SubmissionFolder.leaves(root, folder);
            if (outside.isPresent()) {
                return settled(exercise, verdicts.zero(Status.RULE_VIOLATION, outside.get(), ""));
            }
            Path place = spare.isPresent() ? spare.get().place()
                    : Files.createTempDirectory(work, exercise.id() + "-");
            Compilation.Result compiled = Compilation.compile(folder.resolve("src/main/java"), place,
                    compiler(exercise), spare.flatMap(ChecksJvms.Started::compiler));
            return switch (compiled) {
                case Compilation.Result.NoSources none -> settled(exercise, verdicts.zero(Status.MISSING,
                        "No Java sources were found in " + none.where() + ". Keep the exercise's folder layout: "
                                + exercise.id() + "/src/main/java/..., as in the kit's exercises/ folder.", ""));
                case Compilation.Result.Failed failed -> settled(exercise,
                        verdicts.zero(Status.COMPILE_ERROR, failed.errors(), ""));
                case Compilation.Result.Compiled ok -> ruled(exercise, ok.classes(), place.resolve("scratch"),
                        verdicts, start, spare);
            };
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return settled(exercise, verdicts.graderFailed(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return settled(exercise, verdicts.interrupted());
        }
    }

    private Prepared ruled(ExerciseSpec exercise, Path classes, Path scratch, Verdicts verdicts, long start,
                           Optional<ChecksJvms.Started> jvm) throws IOException {
        if (integrityRules) {
            Optional<String> broken = Integrity.broken(classes, exercise.allowsNetwork());
            if (broken.isPresent()) {
                return settled(exercise, verdicts.zero(Status.RULE_VIOLATION, broken.get(), ""));
            }
        }
        Optional<String> changed = Signatures.changes(exercise.checkClass(), classes);
        if (changed.isPresent()) {
            return settled(exercise, verdicts.zero(Status.SIGNATURE_CHANGED, changed.get(), ""));
        }
        return new Prepared.Ready(exercise, classes, scratch, System.nanoTime() - start, jvm);
    }

    private static Prepared settled(ExerciseSpec exercise, ExerciseReport report) {
        return new Prepared.Settled(exercise, report);
    }

    /** Runs the checks of a prepared exercise; its time counts from its preparation, not from the wait since. */
    private ExerciseReport check(Prepared.Ready ready) {
        ExerciseSpec exercise = ready.exercise();
        Verdicts verdicts = new Verdicts(exercise, System.nanoTime() - ready.preparedNanos());
        try {
            // Checked again right before the checks JVM starts: an exercise graded since must not have changed it.
            Optional<String> kitChanged = kit.changes();
            if (kitChanged.isPresent()) {
                return verdicts.zero(Status.CRASHED, kitChanged.get(), "");
            }
            Consumer<String> heard = method -> exercise.checks().stream()
                    .filter(check -> check.method().equals(method)).findFirst()
                    .ifPresent(check -> listener.checkStarted(exercise, check));
            Optional<Fork.Started> started = ready.jvm().map(ChecksJvms.Started::jvm)
                    .filter(jvm -> jvm.awaitReady() && jvm.isAlive());
            ForkOutcome outcome = started.isPresent() ? started.get().run(heard)
                    : Fork.run(forkSpec(exercise, ready.classes(), ready.scratch()), heard);
            return verdicts.of(outcome);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return verdicts.graderFailed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return verdicts.interrupted();
        } finally {
            // A JVM started ahead graded in a folder of its own, outside this grade's work folder.
            ready.jvm().ifPresent(ChecksJvms.Started::discard);
        }
    }

    private ForkSpec forkSpec(ExerciseSpec exercise, Path classes, Path scratch) {
        return new ForkSpec(exercise.checkClass(), exercise.checks().stream().map(CheckSpec::method).toList(), classes,
                kit.classpath(), exercise.timeout(), exercise.heapMegabytes(), exercise.maxPlatformThreads(),
                exercise.gradesCpuWork(), seed, scratch, sandbox, false);
    }

    static void deleteQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind costs disk, not correctness.
            System.err.println("Could not delete " + root + ": " + e.getMessage());
        }
    }
}
