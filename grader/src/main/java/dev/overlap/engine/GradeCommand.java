package dev.overlap.engine;

import dev.overlap.report.ConsoleReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.JsonReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The grade run behind {@code ./mvnw -q -Pgrade verify}. Exit status: 0 when grading ran, whatever
 * the score; 1 when the score is below {@code --fail-below}; 2 when grading could not run.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a folder laid out like exercises/ and writes grade.json.")
public final class GradeCommand implements Callable<Integer> {

    static final int BELOW_THRESHOLD = 1;
    static final int CANNOT_GRADE = 2;

    @Option(names = "--submission", required = true, description = "Folder with one sub-folder per exercise.")
    Path submission;

    @Option(names = "--exercise", defaultValue = "", description = "Grade only this exercise (its folder name).")
    String exercise;

    @Option(names = "--fail-below", defaultValue = "0", description = "Exit with 1 below this percentage.")
    double failBelow;

    @Option(names = "--out", required = true, description = "Folder for the reports.")
    Path out;

    @Option(names = "--seed", description = "Seed for the random inputs, to reproduce a run (default: fresh).")
    Long seed;

    private final PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    public static void main(String[] args) {
        System.exit(new CommandLine(new GradeCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(submission)) {
            return cannotGrade(submission.toAbsolutePath() + " is not a folder. Pass -Dsubmission=DIR with one"
                    + " sub-folder per exercise, laid out like exercises/.");
        }
        Catalog catalog = Catalog.load();
        List<ExerciseSpec> chosen = exercise.isBlank() ? catalog.exercises()
                : catalog.find(exercise).map(List::of).orElse(List.of());
        if (chosen.isEmpty()) {
            return cannotGrade("There is no exercise \"" + exercise + "\". The exercises are: " + catalog.exercises()
                    .stream().map(ExerciseSpec::id).collect(Collectors.joining(", ")) + ".");
        }
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        console.printf("Grading %d exercise(s) of %s (seed %s)%n", chosen.size(), submission.toAbsolutePath()
                .normalize(), Long.toHexString(runSeed));
        GradeReport report = new Grader(runSeed, this::progress).grade(submission, chosen);
        console.println();
        ConsoleReport.print(report, console);
        Path written = JsonReport.write(report, out);
        console.println("\nReport: " + written);
        if (report.percent() < failBelow) {
            console.printf(Locale.ROOT, "Score %.0f%% is below the required %.0f%%.%n", report.percent(), failBelow);
            return BELOW_THRESHOLD;
        }
        return 0;
    }

    private void progress(ExerciseReport report) {
        console.printf(Locale.ROOT, "  %-28s %-17s %3d/%-3d %5.1f s%n", report.id(), report.status().id(),
                report.score(), report.maxScore(), report.durationMs() / 1000.0);
    }

    private int cannotGrade(String reason) {
        console.println("Cannot grade: " + reason);
        return CANNOT_GRADE;
    }
}
