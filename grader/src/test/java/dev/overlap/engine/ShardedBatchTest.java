package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.proof.Solutions;
import dev.overlap.report.CheckReport;
import dev.overlap.report.ExerciseReport;
import dev.overlap.report.GradeReport;
import dev.overlap.report.JsonReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

@DisplayName("A class graded in shards and merged")
class ShardedBatchTest {

    private static final String EXERCISE = "11-mental-model";
    private static final String ANSWERS = "src/main/java/mentalmodel/Answers.java";

    @TempDir
    Path work;

    @Test
    @DisplayName("three shards of a class of six, merged, give the gradebook and verdicts of the class graded at once")
    void mergedShardsGradeAsOneBatch() throws IOException {
        Path classroom = classOfSix();
        Path whole = work.resolve("whole");
        assertThat(grade("--submissions=" + classroom, "--out=" + whole)).contains("Grading 6 submission(s)");
        List<Path> shards = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            Shard shard = new Shard(number, 3);
            // The second runner holds only its share, as the instructor workflow clones it; the others the class.
            Path folder = number == 2 ? onlyTheShare(classroom, shard) : classroom;
            Path out = work.resolve("shard-" + number);
            assertThat(grade("--submissions=" + folder, "--shard=" + shard, "--out=" + out))
                    .contains("Shard " + number + " of 3: 2 of " + (number == 2 ? 2 : 6) + " learners");
            shards.add(out);
        }
        Path merged = work.resolve("merged");

        assertThat(grade("--merge=" + shards.get(2) + ", " + shards.get(0) + "," + shards.get(1), "--out=" + merged))
                .contains("Merged 3 shard(s): 6 learner(s) of 1 exercise(s).");
        assertThat(merged.resolve("gradebook.csv")).hasSameTextualContentAs(whole.resolve("gradebook.csv"));
        assertThat(merged.resolve("class.html")).hasSameTextualContentAs(whole.resolve("class.html"));
        assertThat(merged.resolve("gradebook.json")).hasSameTextualContentAs(whole.resolve("gradebook.json"));
        JsonNode learners = new ObjectMapper().readTree(whole.resolve("gradebook.json").toFile()).get("learners");
        assertThat(learners).as("six learners that differ, in the order of their names")
                .extracting(learner -> learner.get("learner").asText() + " " + learner.get("score").asInt() + " "
                        + learner.at("/exercises/" + EXERCISE + "/status").asText() + learner.get("note").asText())
                .containsExactly("learner-1 21 graded", "learner-2 0 not graded: the folder is a link to "
                        + classroom.resolve("learner-1").toRealPath() + "; each copy must be a folder of its own",
                        "learner-3 20 graded", "learner-4 0 compile_error", "learner-5 0 graded",
                        "learner-6 0 missing");
        for (String learner : List.of("learner-1", "learner-3", "learner-4", "learner-5", "learner-6")) {
            assertThat(verdicts(merged.resolve(learner))).as("the verdicts of %s", learner)
                    .isEqualTo(verdicts(whole.resolve(learner)));
        }
    }

    @ParameterizedTest(name = "-Dshard={0}")
    @ValueSource(strings = {"0/3", "4/3", "x"})
    @DisplayName("a shard that is not one grades nothing: status 2 and one line that says why")
    void refusesWhatIsNotAShard(String shard) throws IOException {
        Files.createDirectories(work.resolve("classroom/ann"));
        Outcome outcome = run("--submissions=" + work.resolve("classroom"), "--shard=" + shard,
                "--out=" + work.resolve("out"));

        assertThat(outcome.status()).isEqualTo(GradeCommand.CANNOT_GRADE);
        assertThat(outcome.printed().strip()).isEqualTo("Cannot grade: \"" + shard
                + "\" is not a shard: write K/N, K from 1 to N (-Dshard=2/10).");
    }

    @Test
    @DisplayName("a shard needs a class, and a merge needs shards: else status 2 and why")
    void refusesShardsWithoutAClassAndMergesWithoutShards() throws IOException {
        Path nothing = Files.createDirectories(work.resolve("nothing"));
        Outcome single = run("--shard=1/2", "--out=" + work.resolve("out"));
        Outcome merge = run("--merge=" + nothing, "--out=" + work.resolve("out"));

        assertThat(single.status()).isEqualTo(GradeCommand.CANNOT_GRADE);
        assertThat(single.printed()).contains("Cannot grade: -Dshard=1/2 grades a share of a class");
        assertThat(merge.status()).isEqualTo(GradeCommand.CANNOT_GRADE);
        assertThat(merge.printed().replaceAll("\\s+", " ")).as("the console's lines, joined")
                .contains("Cannot grade: the shards cannot be merged: ", "has no gradebook.json");
    }

    /**
     * Six learners in three shards of two (learner-1 and 4, 3 and 6, 2 and 5): full marks, one answer of a point
     * left out,
     * a compile error, no exercise at all, a folder that is a link, and the starter in a learner project's layout.
     */
    private Path classOfSix() throws IOException {
        Path root = Corpora.project();
        Path classroom = work.resolve("classroom");
        Solutions.layOut(root, EXERCISE, classroom.resolve("learner-1").resolve(EXERCISE));
        Solutions.layOut(root, EXERCISE, classroom.resolve("learner-3").resolve(EXERCISE));
        Path answers = classroom.resolve("learner-3").resolve(EXERCISE).resolve(ANSWERS);
        Files.writeString(answers, Files.readString(answers)
                .replaceFirst("ONE_CASHIER_TWO_LINES = Scene\\.\\w+;", "ONE_CASHIER_TWO_LINES = Scene.UNANSWERED;"));
        Path broken = classroom.resolve("learner-4").resolve(EXERCISE).resolve(ANSWERS);
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "package mentalmodel; public final class Answers { oops }");
        Solutions.layOver(root.resolve("exercises").resolve(EXERCISE),
                classroom.resolve("learner-5/exercises").resolve(EXERCISE));
        Files.createDirectories(classroom.resolve("learner-6"));
        Files.createSymbolicLink(classroom.resolve("learner-2"), classroom.resolve("learner-1"));
        return classroom;
    }

    private Path onlyTheShare(Path classroom, Shard shard) throws IOException {
        Path share = work.resolve("share-" + shard.number());
        for (String learner : IntStream.rangeClosed(1, 6).mapToObj(i -> "learner-" + i).filter(shard::includes)
                .toList()) {
            Files.createDirectories(share.resolve(learner));
            Solutions.layOver(classroom.resolve(learner), share.resolve(learner));
        }
        return share;
    }

    /** Every exercise's and every check's verdict, in order: what must not change from one grade run to another. */
    private static List<String> verdicts(Path learner) throws IOException {
        GradeReport report = JsonReport.read(learner.resolve(JsonReport.FILE_NAME));
        List<String> verdicts = new ArrayList<>(List.of("total " + report.score() + "/" + report.maxScore()));
        for (ExerciseReport exercise : report.exercises()) {
            verdicts.add(exercise.id() + " " + exercise.status() + " " + exercise.score() + "/" + exercise.maxScore());
            for (CheckReport check : exercise.checks()) {
                verdicts.add(exercise.id() + " " + check.id() + " " + check.status() + " " + check.score());
            }
        }
        return verdicts;
    }

    private String grade(String... options) {
        List<String> args = new ArrayList<>(List.of(options));
        args.addAll(List.of("--exercise=" + EXERCISE, "--seed=5eed"));
        Outcome outcome = run(args.toArray(String[]::new));
        assertThat(outcome.status()).as(outcome.printed()).isZero();
        return outcome.printed();
    }

    private Outcome run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(arg -> arg.startsWith("--submission="))) {
            all.add("--submission=" + work);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream console = System.out;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            int status = new CommandLine(new GradeCommand()).execute(all.toArray(String[]::new));
            return new Outcome(status, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
        }
    }

    private record Outcome(int status, String printed) {
    }
}
