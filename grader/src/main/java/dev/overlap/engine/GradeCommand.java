package dev.overlap.engine;

import dev.overlap.isolate.Kit;
import dev.overlap.isolate.Sandbox;
import dev.overlap.isolate.SandboxPolicy;
import dev.overlap.report.Audience;
import dev.overlap.report.ConsoleReport;
import dev.overlap.report.ExerciseProgress;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.Gradebook;
import dev.overlap.report.GradeReport;
import dev.overlap.report.ProgressTable;
import dev.overlap.report.Reports;
import dev.overlap.report.ShardMerge;
import dev.overlap.report.Terminal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The grade run behind {@code ./mvnw -q -Pgrade verify}. Exit status: 0 when grading ran, whatever
 * the score; 1 when the score is below {@code --fail-below}; 2 when grading could not run. Maven would turn
 * every status but 0 into its own 1, so the status is also written to {@code --status-file}, from which the
 * grade profile ends Maven with it ({@code .mvn/grade-status.bsh}).
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a folder laid out like exercises/, or a folder of such folders, and writes reports;"
                + " or merges the reports of a class graded in shards.")
public final class GradeCommand implements Callable<Integer> {

    static final int BELOW_THRESHOLD = 1;
    static final int CANNOT_GRADE = 2;

    @Option(names = "--submission", required = true, description = "Folder with one sub-folder per exercise.")
    Path submission;

    @Option(names = "--submissions", defaultValue = "",
            description = "Folder with one submission folder per learner; grades them all into a gradebook.")
    String submissions;

    @Option(names = "--shard", defaultValue = "",
            description = "With --submissions, grade only this share of the class: K/N (default: the whole class).")
    String shard;

    @Option(names = "--merge", defaultValue = "",
            description = "Merge the outputs of a class's shards (folders separated by commas) into --out.")
    String merge;

    @Option(names = "--exercise", defaultValue = "",
            description = "Grade only these exercises: folder names separated by commas.")
    String exercise;

    @Option(names = "--fail-below", defaultValue = "0", description = "Exit with 1 below this percentage.")
    double failBelow;

    @Option(names = "--out", required = true, description = "Folder for the reports.")
    Path out;

    @Option(names = "--audience", defaultValue = "learner",
            description = "learner (only visible checks) or instructor (every check).")
    String audience;

    @Option(names = "--seed", description = "Seed for the random inputs, to reproduce a run (default: fresh).")
    String seed;

    @Option(names = "--sandbox", defaultValue = "",
            description = "auto, required, bubblewrap, user or none (default: required for --submissions, else auto).")
    String sandbox;

    @Option(names = "--status-file", description = "Also write the exit status into this file.")
    Path statusFile;

    @Option(names = "--watch", arity = "0..1", defaultValue = "false", fallbackValue = "true",
            description = "Grade the exercise worked on, then again on every save of its sources, until Ctrl+C.")
    boolean watch;

    @Option(names = "--progress", arity = "0..1", defaultValue = "false", fallbackValue = "true",
            description = "Say where each exercise stands, from the last grades kept, without grading.")
    boolean progress;

    private final PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final int width = Terminal.width();

    public static void main(String[] args) {
        GradeCommand command = new GradeCommand();
        int status = new CommandLine(command).setExecutionExceptionHandler(GradeCommand::failed).execute(args);
        command.passOn(status);
        System.exit(status);
    }

    /** A grader bug is a run that could not grade (2), not a score below the bar (picocli's 1). */
    private static int failed(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        e.printStackTrace();
        System.out.println("Cannot grade: the grader failed (" + e + "). Please report it with the lines above.");
        return CANNOT_GRADE;
    }

    private void passOn(int status) {
        if (statusFile == null) {
            return;
        }
        try {
            Files.createDirectories(statusFile.toAbsolutePath().getParent());
            Files.writeString(statusFile, status + "\n");
        } catch (IOException e) {
            console.println("Could not write the exit status to " + statusFile + ": " + e.getMessage());
        }
    }

    @Override
    public Integer call() throws Exception {
        try {
            return run();
        } catch (CannotGrade e) {
            return cannotGrade(e.getMessage());
        }
    }

    /** Why a run cannot grade, in the one line its status 2 comes with. */
    private static final class CannotGrade extends Exception {
        CannotGrade(String reason) {
            super(reason);
        }
    }

    private int run() throws Exception {
        if (!merge.isBlank()) {
            return merge();
        }
        boolean batch = !submissions.isBlank();
        Shard share = share(batch);
        Path folder = batch ? Path.of(submissions) : submission;
        if (!Files.isDirectory(folder)) {
            throw new CannotGrade(folder.toAbsolutePath() + " is not a folder. Pass -Dsubmission=DIR with one"
                    + " sub-folder per exercise, laid out like exercises/, or -Dsubmissions=DIR with one such"
                    + " folder per learner.");
        }
        Catalog catalog = Catalog.load();
        List<ExerciseSpec> chosen = chosen(catalog);
        CourseProgress progressOf = CourseProgress.of(out, catalog.exercises());
        if (progress) {
            List<ExerciseProgress> course = progressOf.of(folder).stream()
                    .filter(exercise -> chosen.stream().anyMatch(spec -> spec.id().equals(exercise.id()))).toList();
            ProgressTable.print(course, ExerciseProgress.next(course), console, width);
            return 0;
        }
        if (watch && batch) {
            throw new CannotGrade("-Dgrade.watch grades one learner's exercises as they are saved; it cannot watch"
                    + " a class (-Dsubmissions).");
        }
        long runSeed = seed == null || seed.isBlank() ? new SecureRandom().nextLong()
                : Long.parseUnsignedLong(seed, 16);
        Kit kit;
        Sandbox box;
        try {
            kit = Kit.ofThisJvm();
            box = SandboxPolicy.of(sandbox.isBlank() ? (batch ? "required" : "auto") : sandbox).choose();
        } catch (IOException | IllegalArgumentException | SandboxPolicy.UnavailableSandboxException e) {
            throw new CannotGrade(e.getMessage());
        }
        say("Sandbox: " + box.describe() + (kit.isSealed() ? "" : ". The kit is not sealed (a run"
                + " from an IDE?): the checks load the grader from its class path as it is."));
        if (batch) {
            return new Batch(console, chosen, kit, box, runSeed).grade(folder, share, out) ? 0 : CANNOT_GRADE;
        }
        if (watch) {
            return watch(folder, chosen, new Grader(kit, box, runSeed, GradeListener.SILENT), progressOf);
        }
        return gradeOne(folder, chosen, new Grader(kit, box, runSeed, new ConsoleProgress(console, width)), runSeed,
                progressOf);
    }

    /** The share of the class this run grades: all of it unless -Dshard says otherwise, which needs a class. */
    private Shard share(boolean batch) throws CannotGrade {
        Shard share;
        try {
            share = Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new CannotGrade(e.getMessage());
        }
        if (!share.isAll() && !batch) {
            throw new CannotGrade("-Dshard=" + share + " grades a share of a class: pass the class's folder as"
                    + " -Dsubmissions=DIR.");
        }
        return share;
    }

    /** The exercises -Dexercise names, in its order, or every exercise of the catalog. */
    private List<ExerciseSpec> chosen(Catalog catalog) throws CannotGrade {
        List<String> ids = Arrays.stream(exercise.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .distinct().toList();
        List<String> unknown = ids.stream().filter(id -> catalog.find(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new CannotGrade("There is no exercise \"" + String.join("\", \"", unknown) + "\". The exercises"
                    + " are: " + catalog.exercises().stream().map(ExerciseSpec::id).collect(Collectors.joining(", "))
                    + ".");
        }
        return ids.isEmpty() ? catalog.exercises() : ids.stream().map(id -> catalog.find(id).orElseThrow()).toList();
    }

    private int watch(Path folder, List<ExerciseSpec> chosen, Grader grader, CourseProgress course)
            throws IOException, CannotGrade {
        List<ExerciseSpec> present = chosen.stream().filter(spec -> Files.isDirectory(folder.resolve(spec.id())))
                .toList();
        if (present.isEmpty()) {
            throw new CannotGrade(folder.toAbsolutePath() + " has none of the exercises to watch.");
        }
        new Watch(folder, present, grader, Audience.valueOf(audience.toUpperCase(Locale.ROOT)), out, course, console,
                width).run();
        return 0;
    }

    private int merge() throws IOException, CannotGrade {
        if (!submissions.isBlank() || !shard.isBlank()) {
            throw new CannotGrade("-Dgrade.merge merges shards already graded: run it without -Dsubmissions and"
                    + " -Dshard.");
        }
        List<Path> shards = Arrays.stream(merge.split(",")).map(String::strip).filter(dir -> !dir.isEmpty())
                .map(Path::of).toList();
        try {
            Gradebook merged = ShardMerge.merge(shards, out);
            say(String.format("Merged %d shard(s): %d learner(s) of %d exercise(s).", shards.size(), merged.size(),
                    merged.exercises().size()));
            say("Gradebook: " + out.resolve(Gradebook.CSV) + " (also " + Gradebook.JSON_FILE + ", and each learner's"
                    + " reports beside it)");
            return 0;
        } catch (ShardMerge.CannotMergeException e) {
            throw new CannotGrade("the shards cannot be merged: " + e.getMessage() + ".");
        }
    }

    private int gradeOne(Path folder, List<ExerciseSpec> chosen, Grader grader, long runSeed, CourseProgress course)
            throws Exception {
        Audience who = Audience.valueOf(audience.toUpperCase(Locale.ROOT));
        say(String.format("Grading %d exercise(s) of %s (seed %s)", chosen.size(), folder.toAbsolutePath()
                .normalize(), Long.toHexString(runSeed)));
        GradeReport report = who.view(grader.grade(folder, chosen));
        console.println();
        ConsoleReport.print(report, console, width);
        course.keep(report, folder);
        Reports.writeAll(report, course.of(folder), out);
        console.println();
        say("Reports: " + out.resolve("grade.json") + " (also report.html, results.json, summary.md, junit/)");
        if (report.percent() < failBelow) {
            console.printf(Locale.ROOT, "Score %.0f%% is below the required %.0f%%.%n", report.percent(), failBelow);
            return BELOW_THRESHOLD;
        }
        return 0;
    }

    private int cannotGrade(String reason) {
        say("Cannot grade: " + reason);
        return CANNOT_GRADE;
    }

    /** A line of the console, wrapped to the terminal. */
    private void say(String text) {
        Terminal.wrap(text, width, "").forEach(console::println);
    }

    /** One line as each exercise starts and ends, so a long run shows where it is. */
    private record ConsoleProgress(PrintStream console, int width) implements GradeListener {
        @Override
        public void preparing(List<ExerciseSpec> exercises, int atOnce) {
            console.printf("  compiling %d exercise(s) and checking their rules, %d at a time...%n", exercises.size(),
                    atOnce);
        }

        @Override
        public void exerciseStarted(ExerciseSpec exercise) {
            console.printf("  %-28s grading %d check(s)...%n", exercise.id(), exercise.checks().size());
        }

        @Override
        public void checkStarted(ExerciseSpec exercise, CheckSpec check) {
            Terminal.wrap(check.name(), width, " ".repeat(33)).forEach(console::println);
        }

        @Override
        public void exerciseFinished(ExerciseReport report) {
            console.printf(Locale.ROOT, "  %-28s %-17s %3d/%-3d %5.1f s%n", report.id(), report.status().id(),
                    report.score(), report.maxScore(), report.durationMs() / 1000.0);
        }
    }
}
