package dev.overlap.report;

import com.samskivert.mustache.Template;
import dev.overlap.check.CheckStatus;
import dev.overlap.evidence.Finding;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * {@code class.html}, beside the gradebook: what a class understood and what it did not. Per exercise and per check,
 * how many learners passed; small histograms of the figures that matter (speedup against the required one, peak in
 * flight, heartbeat lag); and the common mistakes, each finding code with its meaning, how many learners made it and
 * links to their reports. One self-contained page, drawn here, without scripts or network.
 */
public final class ClassView {

    public static final String FILE_NAME = "class.html";

    private static final Template TEMPLATE = Templates.load("class.html.mustache");

    /** The figures the histograms show, read from a check's measurements; empty when the check has none. */
    private static final List<Figure> FIGURES = List.of(
            new Figure("speedup ÷ required", "×", 1.0, measurements -> ratio(measurements, "speedup",
                    "required_speedup")),
            new Figure("peak in flight", "", null, measurements -> Measured.number(measurements, "peak_in_flight")),
            new Figure("worst heartbeat lag", " ms", null, measurements -> Measured.number(measurements,
                    "heartbeat_worst_lag_ms")));

    private final Map<String, Map<String, CheckTally>> exercises = new LinkedHashMap<>();
    private final SortedMap<Finding, SortedMap<String, SortedSet<String>>> findings = new TreeMap<>();
    private final SortedSet<String> learners = new TreeSet<>();
    private final SortedSet<String> notGraded = new TreeSet<>();

    public ClassView(List<String> exercises) {
        exercises.forEach(id -> this.exercises.put(id, new LinkedHashMap<>()));
    }

    public void add(String learner, GradeReport report) {
        learners.add(learner);
        for (ExerciseReport exercise : report.exercises()) {
            Map<String, CheckTally> checks = exercises.get(exercise.id());
            if (checks == null) {
                continue;
            }
            for (CheckReport check : exercise.checks()) {
                checks.computeIfAbsent(check.id(), id -> new CheckTally(check.name())).add(check);
                if (check.status() == CheckStatus.FAILED) {
                    check.findings().forEach(code -> Finding.ofCode(code).ifPresent(finding -> findings
                            .computeIfAbsent(finding, f -> new TreeMap<>())
                            .computeIfAbsent(learner, l -> new TreeSet<>()).add(exercise.id())));
                }
            }
        }
    }

    /** A learner the class view counts, though nothing of theirs could be graded. */
    public void notGraded(String learner) {
        learners.add(learner);
        notGraded.add(learner);
    }

    public Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        return file;
    }

    String render() {
        List<Map<String, Object>> rows = new ArrayList<>();
        exercises.forEach((id, checks) -> rows.add(Map.of("id", id, "checks", checks.values().stream()
                .map(tally -> tally.row(learners.size())).toList())));
        return TEMPLATE.execute(Map.of(
                "learners", learners.size(), "notGraded", notGraded.size(),
                "exercises", rows,
                "findings", findings.entrySet().stream().map(entry -> Map.of(
                        "code", entry.getKey().code(), "meaning", entry.getKey().meaning(),
                        "count", entry.getValue().size(),
                        "learners", entry.getValue().entrySet().stream().map(learner -> Map.of(
                                "name", learner.getKey(), "report", reportOf(learner.getKey()),
                                "exercises", String.join(", ", learner.getValue()))).toList())).toList()));
    }

    private static String reportOf(String learner) {
        try {
            return new URI(null, null, learner + "/" + HtmlReport.FILE_NAME, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(learner + " is not a folder name a link can point to", e);
        }
    }

    private static Optional<Double> ratio(Map<String, Object> measurements, String key, String over) {
        return Measured.number(measurements, key).flatMap(value -> Measured.number(measurements, over)
                .filter(base -> base > 0).map(base -> value / base));
    }

    private record Figure(String name, String unit, Double mark,
                          Function<Map<String, Object>, Optional<Double>> read) {
    }

    /** One check over the class: how many passed, failed or did not run, and the figures it measured. */
    private static final class CheckTally {
        private final String name;
        private final Map<CheckStatus, Integer> statuses = new LinkedHashMap<>();
        private final Map<Figure, List<Double>> figures = new LinkedHashMap<>();

        CheckTally(String name) {
            this.name = name;
        }

        void add(CheckReport check) {
            statuses.merge(check.status(), 1, Integer::sum);
            if (check.ran()) {
                FIGURES.forEach(figure -> figure.read().apply(check.measurements()).ifPresent(value -> figures
                        .computeIfAbsent(figure, f -> new ArrayList<>()).add(value)));
            }
        }

        Map<String, Object> row(int learners) {
            int passed = statuses.getOrDefault(CheckStatus.PASSED, 0);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", name);
            row.put("passed", passed);
            row.put("failed", statuses.getOrDefault(CheckStatus.FAILED, 0));
            row.put("notRun", statuses.getOrDefault(CheckStatus.NOT_RUN, 0));
            row.put("learners", learners);
            row.put("percent", learners == 0 ? 0 : Math.round(100.0 * passed / learners));
            row.put("histograms", figures.entrySet().stream().map(entry -> new Histogram(entry.getKey().name(),
                    entry.getKey().unit(), entry.getValue(), entry.getKey().mark()).drawing()).toList());
            return row;
        }
    }
}
