package dev.overlap.bench.cost;

import dev.overlap.bench.report.Machine;
import dev.overlap.engine.Catalog;
import dev.overlap.engine.CheckSpec;
import dev.overlap.engine.ExerciseSpec;
import dev.overlap.integrity.Integrity;
import dev.overlap.isolate.Compilation;
import dev.overlap.isolate.Compiler;
import dev.overlap.isolate.ForkSpec;
import dev.overlap.isolate.Sandbox;
import dev.overlap.isolate.SandboxPolicy;
import dev.overlap.isolate.Signatures;
import dev.overlap.proof.Solutions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Where the time of a grade run goes, stage by stage, with the grader's own code: reading the catalog,
 * then per exercise compiling, the integrity rules, the signature check, and the checks JVM (its start up
 * to the first check, each check, its end). Also the fixed cost of any JVM and of a checks JVM with no checks.
 */
public final class GradingStages {

    private static final int FIXED_COST_RUNS = 3;

    private GradingStages() {
    }

    public static void main(String[] args) throws Exception {
        // Without a folder: the kit's solutions (run from the kit's root), laid over their starters.
        Path submission = args.length > 0 ? Path.of(args[0]).toAbsolutePath().normalize()
                : Solutions.laidOut(Path.of("").toAbsolutePath(), Files.createTempDirectory("overlap-solutions-"));
        System.out.println(report(submission));
    }

    static String report(Path submission) throws Exception {
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(entry -> Path.of(entry).toAbsolutePath()).toList();
        Path work = Files.createTempDirectory("overlap-stages-");
        StringBuilder text = new StringBuilder();
        long[] catalogMillis = new long[1];
        Catalog catalog = timed(Catalog::load, catalogMillis);
        text.append("#### Where a grade run's time goes (").append(submission.getFileName()).append(")\n\n")
                .append("Measured with the grader's own classes, in one JVM like the grade run's; load ")
                .append(Machine.load()).append(". Reading the catalog of checks (an ArchUnit import): ")
                .append(catalogMillis[0]).append(" ms.\n\n");

        Sandbox sandbox = SandboxPolicy.AUTO.choose();
        text.append("Sandbox: ").append(sandbox.describe()).append(".\n\n");
        FixedCost fixed = FixedCost.measure(classpath, sandbox, work, FIXED_COST_RUNS);
        text.append("Fixed cost of a JVM, median of ").append(FIXED_COST_RUNS).append(": `java -version` ")
                .append(fixed.bareJvmMillis()).append(" ms; a checks JVM with no checks (start, JUnit, report, end) ")
                .append(fixed.emptyChecksMillis()).append(" ms.\n\n");

        StringBuilder perCheck = new StringBuilder("| exercise | check | ms |\n|---|---|---:|\n");
        text.append("| exercise | compile | integrity rules | signatures | checks JVM: start to first check | checks"
                + " | checks JVM: end | total | load |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ExerciseSpec exercise : catalog.exercises()) {
            Path place = Files.createTempDirectory(work, exercise.id() + "-");
            long[] compile = new long[1];
            Compilation.Result compiled = timed(() -> Compilation.compile(
                    submission.resolve(exercise.id()).resolve("src/main/java"), place,
                    new Compiler(classpath, sandbox, Duration.ofMinutes(1)), Optional.empty()), compile);
            if (!(compiled instanceof Compilation.Result.Compiled ok)) {
                text.append("| ").append(exercise.id()).append(" | not compiled: ").append(compiled)
                        .append(" | | | | | | | |\n");
                continue;
            }
            long[] integrity = new long[1];
            timed(() -> Integrity.broken(ok.classes(), exercise.allowsNetwork()), integrity);
            long[] signatures = new long[1];
            timed(() -> Signatures.changes(exercise.checkClass(), ok.classes()), signatures);
            ChecksTimeline timeline = ChecksTimeline.of(new ForkSpec(exercise.checkClass(),
                    exercise.checks().stream().map(CheckSpec::method).toList(), ok.classes(), classpath,
                    exercise.timeout(), exercise.heapMegabytes(), exercise.maxPlatformThreads(),
                    exercise.gradesCpuWork(), 1L, place.resolve("scratch"), sandbox, false));
            long total = compile[0] + integrity[0] + signatures[0] + timeline.totalMillis();
            text.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %s |%n", exercise.id(),
                    compile[0], integrity[0], signatures[0], timeline.firstCheckMillis(), timeline.checksMillis(),
                    timeline.exitMillis(), total, Machine.loadNow()));
            for (Map.Entry<String, Long> check : timeline.checks()) {
                perCheck.append("| ").append(exercise.id()).append(" | ").append(check.getKey()).append(" | ")
                        .append(check.getValue()).append(" |\n");
            }
        }
        return text.append("\n").append(perCheck).toString();
    }

    private static <T> T timed(Callable<T> work, long[] millis) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        millis[0] = Duration.ofNanos(System.nanoTime() - start).toMillis();
        return result;
    }
}
