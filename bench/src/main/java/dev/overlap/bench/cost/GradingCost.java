package dev.overlap.bench.cost;

import dev.overlap.bench.report.Machine;
import dev.overlap.proof.Solutions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cost of grading, measured with the kit's own commands from the project's root: CI's whole
 * {@code ./mvnw -B verify} with the time of each test class (the self-check among them); then, {@code --runs}
 * times, the grade run on the solutions with and without the checks JVMs' class-data archive, and on the
 * starters; then, stage by stage, where a grade run's time goes. Prints Markdown for docs/COST.md and writes
 * it to {@code target/bench/cost.md}.
 *
 * <p>Run from the root after {@code ./mvnw -q -Pbench package}:
 * {@code java -cp bench/target/benchmarks.jar dev.overlap.bench.cost.GradingCost [--ci=false] [--runs=2]}.
 */
public final class GradingCost {

    private static final long GRADE_TARGET_SECONDS = 60;
    private static final long CI_TARGET_SECONDS = 600;

    private GradingCost() {
    }

    public static void main(String[] args) throws Exception {
        boolean ci = !List.of(args).contains("--ci=false");
        int runs = List.of(args).stream().filter(arg -> arg.startsWith("--runs=")).findFirst()
                .map(arg -> Integer.parseInt(arg.substring("--runs=".length()))).orElse(2);
        Path root = Path.of("").toAbsolutePath();
        Path out = Files.createDirectories(root.resolve("target/bench"));
        Machine machine = Machine.current();
        String loadBefore = Machine.load();
        System.out.println("Cost of grading on " + machine.describe() + "; load average " + loadBefore);

        List<Command> ciRuns = new ArrayList<>();
        List<TestTimes> tests = List.of();
        if (ci) {
            ciRuns.add(Command.run(root, out.resolve("cost-ci.log"), "./mvnw", "-B", "verify"));
            tests = TestTimes.under(root);
        }
        // The archive is a cache: without it, the first run shows what making it costs, the later ones what it saves.
        deleteTree(root.resolve("target/startup-archive"));
        // The solutions hold only what differs from their starters: graded laid over them, as the self-check does.
        String solutions = "target/solutions";
        deleteTree(root.resolve(solutions));
        Solutions.laidOut(root, root.resolve(solutions));
        List<GradeRun> grades = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            grades.add(GradeRun.of(root, out, "solutions-" + run, solutions, true));
            grades.add(GradeRun.of(root, out, "solutions-no-archive-" + run, solutions, false));
            grades.add(GradeRun.of(root, out, "starters-" + run, "exercises", true));
        }
        String stages = GradingStages.report(root.resolve(solutions));

        StringBuilder text = new StringBuilder("## The cost of grading\n\n")
                .append("Machine: ").append(machine.describe()).append(". Taken ").append(Instant.now())
                .append("; load average (1, 5, 15 min) ").append(loadBefore).append(" before, ").append(Machine.load())
                .append(" after; each row shows the load as it ended.\n\n")
                .append("| command | run | wall time (s) | of which grading (s) | score | target | load |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < grades.size(); i++) {
            GradeRun run = grades.get(i);
            text.append(String.format(Locale.ROOT, "| %s | %d%s | %.1f | %.1f | %d/%d | %d s | %s |%n",
                    run.command().text(), i / 3 + 1, i == 0 ? " (makes the archive)" : "",
                    run.command().millis() / 1000.0, run.gradingMillis() / 1000.0, run.score(), run.maxScore(),
                    GRADE_TARGET_SECONDS, run.command().loadAfter()));
        }
        for (Command command : ciRuns) {
            text.append(String.format(Locale.ROOT, "| %s | 1 | %.1f | | exit %d | %d s | %s |%n", command.text(),
                    command.millis() / 1000.0, command.exitCode(), CI_TARGET_SECONDS, command.loadAfter()));
        }
        text.append("\nPer exercise, from compiling it to its checks JVM's end (that JVM's start included), last run:\n\n")
                .append("| exercise | solution (s) | solution's score | starter (s) | starter's score |\n")
                .append("|---|---:|---:|---:|---:|\n");
        GradeRun solved = grades.get(grades.size() - 3);
        GradeRun started = grades.getLast();
        for (GradeRun.Exercise exercise : solved.exercises()) {
            GradeRun.Exercise starter = started.exercises().stream().filter(e -> e.id().equals(exercise.id()))
                    .findFirst().orElse(new GradeRun.Exercise(exercise.id(), 0, "?", 0, 0));
            text.append(String.format(Locale.ROOT, "| %s | %.1f | %d/%d | %.1f | %d/%d |%n", exercise.id(),
                    exercise.millis() / 1000.0, exercise.score(), exercise.maxScore(), starter.millis() / 1000.0,
                    starter.score(), starter.maxScore()));
        }
        if (!tests.isEmpty()) {
            text.append("\nCI's test classes, slowest first (the self-check is `SelfCheckTest`):\n\n")
                    .append("| test class | tests | seconds |\n|---|---:|---:|\n");
            tests.forEach(test -> text.append(String.format(Locale.ROOT, "| %s | %d | %.1f |%n", test.testClass(),
                    test.tests(), test.seconds())));
        }
        text.append('\n').append(stages);
        Files.writeString(out.resolve("cost.md"), text, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(text);
        System.out.println("Written: " + out.resolve("cost.md") + "; logs and grade.json copies beside it.");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
