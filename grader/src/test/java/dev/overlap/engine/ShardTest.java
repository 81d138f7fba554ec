package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A shard of a class (-Dshard=K/N)")
class ShardTest {

    private static final List<String> SIX = IntStream.rangeClosed(1, 6).mapToObj(i -> "learner-" + i).toList();

    @Test
    @DisplayName("reads K/N, and no value as the whole class")
    void readsTheForm() {
        assertThat(Shard.parse("2/10")).isEqualTo(new Shard(2, 10));
        assertThat(Shard.parse(" 3 / 3 ")).isEqualTo(new Shard(3, 3));
        assertThat(Shard.parse("")).isEqualTo(Shard.ALL);
        assertThat(Shard.ALL.isAll()).isTrue();
        assertThat(SIX).allMatch(Shard.ALL::includes);
    }

    @ParameterizedTest(name = "-Dshard={0}")
    @ValueSource(strings = {"0/3", "4/3", "x", "3", "-1/3", "1/0", "2/3/4", "99999/100000"})
    @DisplayName("refuses what is not a shard, saying how to write one")
    void refusesWhatIsNotAShard(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse(text))
                .withMessage("\"" + text.strip() + "\" is not a shard: write K/N, K from 1 to N (-Dshard=2/10).");
    }

    @Test
    @DisplayName("puts every learner in exactly one shard, whatever the count")
    void everyLearnerInOneShard() {
        List<String> learners = IntStream.rangeClosed(1, 300).mapToObj(i -> "learner-" + i).toList();
        for (int count = 1; count <= 12; count++) {
            for (String learner : learners) {
                int shards = 0;
                for (int number = 1; number <= count; number++) {
                    shards += new Shard(number, count).includes(learner) ? 1 : 0;
                }
                assertThat(shards).as("shards of %d that hold %s", count, learner).isOne();
            }
        }
    }

    @Test
    @DisplayName("splits a class of 300 into 10 shares of about 30, as random as a fair draw (standard deviation 5)")
    void balancedOnAverage() {
        // GitHub Classroom names a learner's repository after the assignment and the learner.
        List<String> learners = IntStream.rangeClosed(1, 300).mapToObj(i -> "concurrency-class-user" + i).toList();
        for (int number = 1; number <= 10; number++) {
            Shard shard = new Shard(number, 10);
            assertThat(learners.stream().filter(shard::includes).count()).as("learners in shard %s", shard)
                    .isBetween(18L, 42L);
        }
    }

    @Test
    @DisplayName("is the CRC-32 of the name, as Python's zlib.crc32 computes it, modulo N")
    void sameChecksumAsOtherLanguages() {
        // zlib.crc32(b"learner-1") % 3 == 0, and so on: the split another tool would make.
        assertThat(SIX.stream().filter(new Shard(1, 3)::includes)).containsExactly("learner-1", "learner-4");
        assertThat(SIX.stream().filter(new Shard(2, 3)::includes)).containsExactly("learner-3", "learner-6");
        assertThat(SIX.stream().filter(new Shard(3, 3)::includes)).containsExactly("learner-2", "learner-5");
    }

    @Test
    @DisplayName("run from its source with no build, as the instructor workflow does, picks the repositories of the"
            + " learners the batch grades")
    void runsFromItsSource(@TempDir Path work) throws IOException, InterruptedException {
        Path list = Files.writeString(work.resolve("repositories.txt"),
                String.join("\n", SIX.stream().map(name -> "classroom-org/" + name).toList()) + "\n\n");
        Path source = Corpora.project().resolve("grader/src/main/java/dev/overlap/engine/Shard.java");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process run = new ProcessBuilder(java, source.toString(), "2/3").redirectInput(list.toFile())
                .redirectErrorStream(true).start();
        String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).as(printed).isZero();
        assertThat(printed.lines()).containsExactly("classroom-org/learner-3", "classroom-org/learner-6");
    }
}
