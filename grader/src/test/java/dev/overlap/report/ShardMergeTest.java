package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic shards, written by the report classes a batch uses: no grading. */
@DisplayName("Merging a class's shards")
class ShardMergeTest {

    private static final List<String> EXERCISES = List.of("01-three-tasks", "02-broken");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    @DisplayName("writes the gradebook and report folders that one batch of the whole class writes")
    void mergesAsOneBatch() throws Exception {
        Map<String, GradeReport> graded = new LinkedHashMap<>();
        graded.put("dee", withScore(2));
        graded.put("ann", withScore(7));
        graded.put("cid", withScore(0));
        Path whole = batch(work.resolve("whole"), graded, List.of("ben"));
        Path first = batch(work.resolve("shard-1"), Map.of("dee", graded.get("dee"), "cid", graded.get("cid")),
                List.of());
        Path second = batch(work.resolve("shard-2"), Map.of("ann", graded.get("ann")), List.of("ben"));
        Path merged = work.resolve("merged");

        Gradebook gradebook = ShardMerge.merge(List.of(first, second), merged);

        assertThat(gradebook.size()).isEqualTo(4);
        assertThat(merged.resolve(Gradebook.CSV)).hasSameTextualContentAs(whole.resolve(Gradebook.CSV));
        assertThat(merged.resolve(Gradebook.JSON_FILE)).hasSameTextualContentAs(whole.resolve(Gradebook.JSON_FILE));
        assertThat(Files.readAllLines(merged.resolve(Gradebook.CSV))).extracting(line -> line.split(",")[0])
                .containsExactly("learner", "ann", "ben", "cid", "dee");
        assertThat(files(merged)).isEqualTo(files(whole)).contains("ann/report.html", "dee/junit");
        for (String file : files(whole)) {
            if (Files.isRegularFile(whole.resolve(file))) {
                assertThat(merged.resolve(file)).as(file).hasSameBinaryContentAs(whole.resolve(file));
            }
        }
    }

    @Test
    @DisplayName("refuses a learner in two shards, naming both, and writes nothing")
    void refusesALearnerTwice() throws Exception {
        Path first = batch(work.resolve("shard-1"), Map.of("ann", withScore(7)), List.of());
        Path second = batch(work.resolve("shard-2"), Map.of("ann", withScore(3)), List.of());
        Path merged = batch(work.resolve("merged"), Map.of("earlier", withScore(1)), List.of());

        assertThatExceptionOfType(ShardMerge.CannotMergeException.class)
                .isThrownBy(() -> ShardMerge.merge(List.of(first, second), merged))
                .withMessageStartingWith("ann is in both " + first + " and " + second + ": each learner belongs to"
                        + " one shard");
        assertThat(merged.resolve("earlier/grade.json")).as("the earlier batch's reports, untouched").exists();
    }

    @Test
    @DisplayName("refuses a folder without a gradebook, and shards that graded other exercises")
    void refusesWhatIsNotAShard() throws Exception {
        Path first = batch(work.resolve("shard-1"), Map.of("ann", withScore(7)), List.of());
        Path empty = Files.createDirectories(work.resolve("shard-2"));
        Path other = work.resolve("shard-3");
        new Gradebook(List.of("05-channels")).write(other);

        assertThatExceptionOfType(ShardMerge.CannotMergeException.class)
                .isThrownBy(() -> ShardMerge.merge(List.of(first, empty), work.resolve("merged")))
                .withMessage(empty.toAbsolutePath() + " has no gradebook.json: it is not the output of a batch"
                        + " (-Dsubmissions=DIR), or its batch did not finish");
        assertThatExceptionOfType(ShardMerge.CannotMergeException.class)
                .isThrownBy(() -> ShardMerge.merge(List.of(first, other), work.resolve("merged")))
                .withMessage(first + " graded [01-three-tasks, 02-broken] but " + other + " graded [05-channels]:"
                        + " shards of one class grade the same exercises");
    }

    @Test
    @DisplayName("refuses a shard whose graded learner lost its grade.json, and merging into a shard")
    void refusesABrokenShard() throws Exception {
        Path first = batch(work.resolve("shard-1"), Map.of("ann", withScore(7)), List.of("ben"));
        Files.delete(first.resolve("ann/grade.json"));

        assertThatExceptionOfType(ShardMerge.CannotMergeException.class)
                .isThrownBy(() -> ShardMerge.merge(List.of(first), work.resolve("merged")))
                .withMessageStartingWith(first.resolve("gradebook.json") + " lists ann as graded, but "
                        + first.resolve("ann/grade.json") + " cannot be read");
        assertThatExceptionOfType(ShardMerge.CannotMergeException.class)
                .isThrownBy(() -> ShardMerge.merge(List.of(first), first))
                .withMessageContaining("is where the merge writes");
    }

    /** Writes what a batch writes for these learners: each one's reports, and the gradebook. */
    private static Path batch(Path out, Map<String, GradeReport> graded, List<String> failed) throws IOException {
        Gradebook gradebook = new Gradebook(EXERCISES);
        for (Map.Entry<String, GradeReport> learner : graded.entrySet()) {
            Reports.writeAll(learner.getValue(), out.resolve(learner.getKey()));
            gradebook.add(learner.getKey(), learner.getValue());
        }
        failed.forEach(learner -> gradebook.failed(learner, "the folder is a link to /elsewhere"));
        gradebook.write(out);
        return out;
    }

    /**
     * The sample grade with another score for its first exercise, so that learners differ; changed as JSON, as a
     * grade.json would be, so that the reports may gain fields without this test changing.
     */
    private static GradeReport withScore(int score) throws IOException {
        ObjectNode grade = JSON.valueToTree(SampleGrade.report());
        grade.put("score", score);
        ((ObjectNode) grade.get("exercises").get(0)).put("score", score);
        return JSON.treeToValue(grade, GradeReport.class);
    }

    private static List<String> files(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.filter(file -> !file.equals(folder)).map(file -> folder.relativize(file).toString()).sorted()
                    .forEach(files::add);
        }
        return files;
    }
}
