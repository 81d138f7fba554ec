package dev.overlap.engine;

import dev.overlap.evidence.Finding;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.Status;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One half-right attempt of the attempts corpus: a solution with one mistake from its README's "Tempting but
 * wrong", stored as the change it makes, and what grading it must give. The change is a {@code change.diff}
 * against the solution (see {@link CaseChange}), so the mistake is all there is to read, even where it rewrites
 * most of a file; only a file the solution lacks is held whole. The expectations are read from the
 * {@code expected.properties} beside it: the {@code exercise}, {@code startsFrom} (the solution it changes), the
 * {@code status} grading ends with ({@code graded} unless the mistake stops the whole exercise, like too many
 * platform threads), the checks it {@code loses} (every check of the task the mistake breaks; none for an entry its
 * README calls right but clumsy), the checks it {@code keeps} (other tasks' checks at least) and text its feedback
 * must contain ({@code |} between pieces, commas between checks), and, where given, the {@code findings} its failed
 * checks name (codes of {@link Finding}, commas between them). The first line, a comment, quotes the README's entry.
 */
record Attempt(String name, Path folder, String exercise, Optional<String> startsFrom, String entry,
               Status status, List<String> loses, List<String> keeps, List<String> feedback,
               List<String> findings) implements Submitted {

    static List<Attempt> under(Path corpus) throws IOException {
        try (Stream<Path> folders = Files.list(corpus)) {
            return folders.filter(Files::isDirectory).sorted().map(Attempt::read).map(Attempt::aboutSomeCheck)
                    .toList();
        }
    }

    @Override
    public Optional<String> linkTo() {
        return Optional.empty();
    }

    /** The exercise with only the checks this attempt is about (and those they wait for), under its name. */
    @Override
    public ExerciseSpec spec(ExerciseSpec submitted) {
        return submitted.only(Stream.concat(loses.stream(), keeps.stream()).toList()).named(name);
    }

    /** What differs from this attempt's expectations in its report, or nothing. */
    List<String> mismatches(ExerciseReport report) {
        List<String> found = new ArrayList<>();
        if (report.status() != status) {
            found.add("status " + report.status().id() + ", expected " + status.id() + ": " + report.feedback());
        }
        for (CheckReport check : report.checks()) {
            if (loses.contains(check.id()) && check.passed()) {
                found.add(check.id() + " passed, but this mistake must lose it");
            }
            if (keeps.contains(check.id()) && !check.passed()) {
                found.add(check.id() + " " + check.status().id() + ", but this mistake must keep it: "
                        + check.feedback());
            }
        }
        // Everything the learner is told: the exercise's feedback, and each check's (a passed check may add a note).
        String told = Stream.concat(Stream.of(report.feedback()), report.checks().stream().map(CheckReport::feedback))
                .collect(Collectors.joining("\n"));
        feedback.stream().filter(piece -> !told.contains(piece))
                .forEach(piece -> found.add("the feedback lacks \"" + piece + "\""));
        // A check the lost ones wait for may be the one that fails, on a machine with fewer cores, and name it.
        List<String> named = report.checks().stream().filter(check -> !check.passed())
                .flatMap(check -> check.findings().stream()).toList();
        findings.stream().filter(code -> !named.contains(code))
                .forEach(code -> found.add("no failed check names the finding " + code + "; they name " + named));
        return found;
    }

    private static Attempt read(Path folder) {
        Properties properties = new Properties();
        String text;
        try {
            text = Files.readString(folder.resolve("expected.properties"), StandardCharsets.UTF_8);
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException("every attempt needs an expected.properties: " + folder, e);
        }
        String exercise = required(properties, "exercise", folder);
        return new Attempt(folder.getFileName().toString(), folder, exercise,
                Optional.of(properties.getProperty("startsFrom", "solutions/" + exercise).strip()),
                text.lines().findFirst().filter(line -> line.startsWith("#")).map(line -> line.substring(1).strip())
                        .orElse(""),
                Status.valueOf(properties.getProperty("status", "graded").strip().toUpperCase(Locale.ROOT)),
                list(properties.getProperty("loses", ""), ","), list(properties.getProperty("keeps", ""), ","),
                list(properties.getProperty("feedback", ""), "\\|"),
                list(properties.getProperty("findings", ""), ","));
    }

    /** An attempt must be about some check: one it loses or one it keeps. */
    private static Attempt aboutSomeCheck(Attempt attempt) {
        if (attempt.loses().isEmpty() && attempt.keeps().isEmpty()) {
            throw new IllegalStateException(attempt.name() + ": an attempt needs checks it loses or keeps");
        }
        return attempt;
    }

    private static String required(Properties properties, String key, Path folder) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(folder.getFileName() + ": an attempt needs " + key);
        }
        return value;
    }

    private static List<String> list(String value, String separator) {
        return Arrays.stream(value.split(separator)).map(String::strip).filter(piece -> !piece.isEmpty()).toList();
    }
}
