package dev.overlap.engine;

import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.Status;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One submission of a corpus (a hostile or broken one, or a correct alternative) and what grading it must give,
 * read from the {@code expected.properties} beside its sources: the {@code exercise} it submits
 * ({@value #DEFAULT_EXERCISE} unless it says otherwise), {@code status}, {@code score}, text the feedback and the
 * output must contain ({@code |} between pieces), limits to shorten for the corpus, the {@code checks} to grade when
 * the case is about some of them only (commas between them; the checks they wait for are graded too, and the score
 * counts only these), and the same keys prefixed
 * {@code without-rules.} for a second grading with the integrity rules switched off. A case with {@code startsFrom}
 * holds only what it changes: the rest comes from that folder of the kit (a starter). Its changes to the starter's
 * files are hunks of its {@code change.diff} ({@link CaseChange}), however much of a file they rewrite; only a file
 * the starter lacks is held whole. A case without {@code startsFrom} is its whole submission: one that is not the
 * starter changed, such as no sources at all, or a short class of its own written for its attack (a
 * thread bomb, a deadlock, stored answers), without the starter's pom.xml and README. A case with {@code linkTo} has
 * no sources: its folder in the submission is a symbolic link to that folder of the kit.
 */
record CorpusCase(String name, Path folder, String exercise, Optional<String> startsFrom, Optional<String> linkTo,
                  Expectation withRules,
                  Optional<Expectation> withoutRules, Optional<Integer> timeoutSeconds,
                  Optional<Integer> heapMegabytes, List<String> checks) implements Submitted {

    static final String DEFAULT_EXERCISE = "01-three-tasks";

    record Expectation(Status status, int score, List<String> feedback, List<String> output) {

        /** What differs from this expectation in the report, or nothing. */
        List<String> mismatches(ExerciseReport report) {
            String allFeedback = Stream.concat(Stream.of(report.feedback()),
                    report.checks().stream().map(CheckReport::feedback)).collect(Collectors.joining("\n"));
            Stream<String> status = report.status() == this.status ? Stream.empty()
                    : Stream.of("status " + report.status().id() + ", expected " + this.status.id());
            Stream<String> score = report.score() == this.score ? Stream.empty()
                    : Stream.of("score " + report.score() + ", expected " + this.score);
            Stream<String> feedback = this.feedback.stream().filter(piece -> !allFeedback.contains(piece))
                    .map(piece -> "feedback lacks \"" + piece + "\"");
            Stream<String> output = this.output.stream().filter(piece -> !report.output().contains(piece))
                    .map(piece -> "output lacks \"" + piece + "\"");
            return Stream.of(status, score, feedback, output).flatMap(s -> s).toList();
        }
    }

    static List<CorpusCase> under(Path corpus) throws IOException {
        try (Stream<Path> folders = Files.list(corpus)) {
            return folders.filter(Files::isDirectory).sorted().map(CorpusCase::read).toList();
        }
    }

    /** The spec of the exercise this case submits, under its name, with the corpus's shorter limits if set. */
    @Override
    public ExerciseSpec spec(ExerciseSpec exercise) {
        ExerciseSpec submitted = (checks.isEmpty() ? exercise : exercise.only(checks)).named(name);
        return submitted.limitedTo(timeoutSeconds.map(Duration::ofSeconds).orElse(submitted.timeout()),
                heapMegabytes.orElse(submitted.heapMegabytes()));
    }

    private static CorpusCase read(Path folder) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve("expected.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("every corpus case needs an expected.properties: " + folder, e);
        }
        Optional<Expectation> withoutRules = Optional.ofNullable(properties.getProperty("without-rules.status"))
                .map(status -> expectation(properties, "without-rules."));
        return new CorpusCase(folder.getFileName().toString(), folder,
                properties.getProperty("exercise", DEFAULT_EXERCISE).strip(), text(properties, "startsFrom"),
                text(properties, "linkTo"), expectation(properties, ""),
                withoutRules, number(properties, "timeoutSeconds"), number(properties, "heapMegabytes"),
                text(properties, "checks").map(checks -> Arrays.stream(checks.split(",")).map(String::strip).toList())
                        .orElse(List.of()));
    }

    private static Expectation expectation(Properties properties, String prefix) {
        String status = properties.getProperty(prefix + "status");
        String score = properties.getProperty(prefix + "score");
        if (status == null || score == null) {
            throw new IllegalStateException("a corpus case needs " + prefix + "status and " + prefix + "score");
        }
        return new Expectation(Status.valueOf(status.toUpperCase(Locale.ROOT)), Integer.parseInt(score),
                pieces(properties.getProperty(prefix + "feedback")), pieces(properties.getProperty(prefix + "output")));
    }

    private static List<String> pieces(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::strip).toList();
    }

    private static Optional<String> text(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip);
    }

    private static Optional<Integer> number(Properties properties, String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip).map(Integer::parseInt);
    }
}
