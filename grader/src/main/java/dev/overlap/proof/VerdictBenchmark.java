package dev.overlap.proof;

import dev.overlap.engine.Catalog;
import dev.overlap.engine.ExerciseSpec;
import dev.overlap.engine.GradeListener;
import dev.overlap.engine.Grader;
import dev.overlap.isolate.Kit;
import dev.overlap.isolate.Sandbox;
import dev.overlap.isolate.SandboxPolicy;
import dev.overlap.report.GradeReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The proof that verdicts are right, behind {@code ./mvnw -q -Pverdicts verify -Drounds=20 -Dload=1}:
 * grades the solutions and the starters round after round, optionally while other processes keep
 * cores busy, and counts the verdicts that are known to be wrong. Exit status 0 when there were none.
 */
@Command(name = "verdicts", mixinStandardHelpOptions = true,
        description = "Grades solutions and starters K times and counts wrong verdicts.")
public final class VerdictBenchmark implements Callable<Integer> {

    @Option(names = "--root", required = true, description = "The kit's folder, with solutions/ and exercises/.")
    Path root;

    @Option(names = "--rounds", defaultValue = "20", description = "How many times to grade each.")
    int rounds;

    @Option(names = "--load", defaultValue = "0", description = "Cores to keep busy with competing processes.")
    int load;

    @Option(names = "--exercise", defaultValue = "", description = "Only this exercise (its folder name).")
    String exercise;

    @Option(names = "--out", required = true, description = "Folder for the summary.")
    Path out;

    private final Ratios loads = new Ratios();
    private Kit kit;
    private Sandbox sandbox;
    private final PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    /** The solutions laid over their starters, once for every round. */
    private Path solutionFolder;

    public static void main(String[] args) {
        System.exit(new CommandLine(new VerdictBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException, SandboxPolicy.UnavailableSandboxException {
        kit = Kit.ofThisJvm();
        // Graded as a learner's own run is, in the strongest sandbox the machine offers.
        sandbox = SandboxPolicy.AUTO.choose();
        Catalog catalog = Catalog.load();
        List<ExerciseSpec> chosen = exercise.isBlank() ? catalog.exercises()
                : catalog.find(exercise).map(List::of).orElse(List.of());
        if (chosen.isEmpty() || rounds < 1 || load < 0) {
            console.println("Nothing to measure: pick an existing exercise (" + catalog.exercises().stream()
                    .map(ExerciseSpec::id).collect(Collectors.joining(", ")) + "), rounds >= 1 and load >= 0.");
            return 2;
        }
        solutionFolder = Solutions.laidOut(root, Files.createTempDirectory("overlap-solutions-"));
        Tally tally = new Tally();
        long start = System.nanoTime();
        try (CompetingLoad competing = CompetingLoad.start(load)) {
            console.printf(Locale.ROOT, "Verdict benchmark: %d round(s) of %s on %d cores, %d competing busy"
                    + " process(es)%n", rounds, chosen.stream().map(ExerciseSpec::id).collect(Collectors.joining(", ")),
                    Runtime.getRuntime().availableProcessors(), competing.size());
            console.println("Sandbox: " + sandbox.describe());
            for (int round = 1; round <= rounds; round++) {
                gradeRound(round, chosen, tally);
            }
        }
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        try (PrintStream both = new PrintStream(summary, true, StandardCharsets.UTF_8)) {
            both.printf(Locale.ROOT, "Verdict benchmark: %d round(s), load %d, %d cores, %.0f s%n", rounds, load,
                    Runtime.getRuntime().availableProcessors(), Duration.ofNanos(System.nanoTime() - start)
                            .toMillis() / 1000.0);
            both.println("One-minute load average after each round, min / median / max: " + loads.summary()
                    + " (the competing processes count in it)");
            tally.print(both);
        }
        String text = summary.toString(StandardCharsets.UTF_8);
        console.print(text);
        Files.createDirectories(out);
        Path written = out.resolve("verdicts-load" + load + ".txt");
        Files.writeString(written, text);
        console.println("\nSummary: " + written);
        return tally.wrongCount() == 0 ? 0 : 1;
    }

    private void gradeRound(int round, List<ExerciseSpec> chosen, Tally tally) throws IOException {
        long seed = new SecureRandom().nextLong();
        String hexSeed = Long.toHexString(seed);
        Grader grader = new Grader(kit, sandbox, seed, GradeListener.SILENT);
        GradeReport solutions = grader.grade(solutionFolder, chosen);
        GradeReport starters = grader.grade(root.resolve("exercises"), chosen);
        int wrong = tally.add(round, hexSeed, Tally.SOLUTIONS, solutions)
                + tally.add(round, hexSeed, Tally.STARTERS, starters);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        loads.add(load);
        console.printf(Locale.ROOT, "  round %2d (seed %s): solutions %d/%d in %.1f s, starters %d/%d in %.1f s,"
                + " wrong verdicts %d, load average %.2f%n", round, hexSeed, solutions.score(), solutions.maxScore(),
                solutions.durationMs() / 1000.0, starters.score(), starters.maxScore(), starters.durationMs() / 1000.0,
                wrong, load);
        tally.wrongIn(round).forEach(verdict -> console.println("    wrong: " + verdict.line()));
        tally.notJudgedIn(round).forEach(verdict -> console.println("    not judged: " + verdict.line()));
    }
}
