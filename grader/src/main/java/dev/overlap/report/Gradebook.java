package dev.overlap.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.overlap.check.CheckStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A class's grades: one row per learner, one column per exercise, as CSV (a cell shows the status of an exercise
 * that was not graded, e.g. {@code 0 (compile_error)}) and as JSON (numbers as numbers, the status a field of its
 * own). Learners are listed by name, whatever order they were added in: a class graded in shards and merged reads
 * exactly as one graded in one batch. Beside the scores, the codes of the mistakes each learner's failed checks named
 * (per exercise in the JSON, all of them in the CSV's {@code findings} column), and {@code class.html}, the class view.
 */
public final class Gradebook {

    public static final String CSV = "gradebook.csv";
    public static final String JSON_FILE = "gradebook.json";

    static final String NOT_GRADED = "not graded: ";

    private final List<String> exercises;
    private final SortedMap<String, Learner> learners = new TreeMap<>();
    private final ClassView classView;

    public Gradebook(List<String> exercises) {
        this.exercises = List.copyOf(exercises);
        this.classView = new ClassView(this.exercises);
    }

    /** The exercises graded, the gradebook's columns. */
    public List<String> exercises() {
        return exercises;
    }

    public int size() {
        return learners.size();
    }

    public void add(String learner, GradeReport report) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("learner", learner);
        Map<String, Object> graded = new LinkedHashMap<>();
        Set<String> everyFinding = new LinkedHashSet<>();
        for (String id : exercises) {
            ExerciseReport exercise = report.exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElse(null);
            row.put(id, exercise == null ? "" : exercise.status() == Status.GRADED ? Integer.toString(exercise.score())
                    : exercise.score() + " (" + exercise.status().id() + ")");
            if (exercise != null) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("status", exercise.status().id());
                cell.put("score", exercise.score());
                cell.put("max_score", exercise.maxScore());
                List<String> findings = findingsOf(exercise);
                cell.put("findings", findings);
                everyFinding.addAll(findings);
                graded.put(id, cell);
            }
        }
        row.put("score", report.score());
        row.put("max_score", report.maxScore());
        row.put("note", "");
        row.put("findings", String.join(" ", everyFinding));
        put(learner, row, entry(learner, report.score(), report.maxScore(), "", graded));
        classView.add(learner, report);
    }

    private static List<String> findingsOf(ExerciseReport exercise) {
        return exercise.checks().stream().filter(check -> check.status() == CheckStatus.FAILED)
                .flatMap(check -> check.findings().stream()).distinct().toList();
    }

    /** A learner whose submission could not be graded at all still gets a row that says so. */
    public void failed(String learner, String reason) {
        notGraded(learner, NOT_GRADED + reason);
    }

    /** A learner not graded, with the note a gradebook already gave it (a shard's, when shards are merged). */
    void notGraded(String learner, String note) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("learner", learner);
        exercises.forEach(id -> row.put(id, ""));
        row.put("score", 0);
        row.put("max_score", "");
        row.put("note", note);
        row.put("findings", "");
        put(learner, row, entry(learner, 0, null, note, Map.of()));
        classView.notGraded(learner);
    }

    private void put(String name, Map<String, Object> row, Map<String, Object> entry) {
        if (learners.putIfAbsent(name, new Learner(row, entry)) != null) {
            throw new IllegalArgumentException(name + " is in the gradebook already");
        }
    }

    private static Map<String, Object> entry(String name, int score, Integer maxScore, String note,
                                             Map<String, Object> exercises) {
        Map<String, Object> learner = new LinkedHashMap<>();
        learner.put("learner", name);
        learner.put("score", score);
        learner.put("max_score", maxScore);
        learner.put("note", note);
        learner.put("exercises", exercises);
        return learner;
    }

    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        CsvSchema.Builder schema = CsvSchema.builder().addColumn("learner");
        exercises.forEach(schema::addColumn);
        schema.addColumn("score").addColumn("max_score").addColumn("note").addColumn("findings");
        new CsvMapper().writer(schema.build().withHeader()).writeValue(folder.resolve(CSV).toFile(),
                learners.values().stream().map(Learner::row).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve(JSON_FILE).toFile(),
                Map.of("exercises", exercises, "learners", learners.values().stream().map(Learner::entry).toList()));
        classView.write(folder);
    }

    /**
     * A class's reports go into a clean folder: the reports of an earlier grade run there (a single run's, a
     * gradebook, earlier learners' report folders) are removed first, so none can be taken for this class's. Only
     * what the kit writes is removed.
     */
    public static void clearEarlierReports(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> written = new ArrayList<>();
        Reports.WRITTEN.forEach(name -> written.add(out.resolve(name)));
        written.add(out.resolve(CSV));
        written.add(out.resolve(JSON_FILE));
        written.add(out.resolve(ClassView.FILE_NAME));
        try (Stream<Path> children = Files.list(out)) {
            children.filter(child -> Files.isRegularFile(child.resolve(JsonReport.FILE_NAME)))
                    .forEach(earlier -> Reports.WRITTEN.forEach(name -> written.add(earlier.resolve(name))));
        }
        for (Path path : written) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    for (Path file : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** A learner's row of the CSV and entry of the JSON. */
    private record Learner(Map<String, Object> row, Map<String, Object> entry) {
    }
}
