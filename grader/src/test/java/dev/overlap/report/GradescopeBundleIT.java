package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.fixture.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built Gradescope bundle the way Gradescope does, in a folder laid out like its
 * {@code /autograder}: the bundle unzipped in {@code source}, a learner's upload in {@code submission},
 * and {@code results/results.json} read back.
 */
@DisplayName("The Gradescope autograder bundle")
class GradescopeBundleIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path autograder;

    @Test
    @DisplayName("grades an uploaded project into results.json with Gradescope's fields")
    void gradesAnUpload() throws Exception {
        unzip(Path.of(System.getProperty("overlap.gradescope.zip")), autograder.resolve("source"));
        assertThat(autograder.resolve("source/setup.sh")).isExecutable();
        Path root = Path.of(System.getProperty("overlap.root"));
        Trees.copy(root.resolve("solutions/01-three-tasks"), autograder.resolve("submission/exercises/01-three-tasks"));

        ProcessBuilder builder = new ProcessBuilder(autograder.resolve("source/run_autograder").toString())
                .redirectErrorStream(true).redirectOutput(autograder.resolve("log.txt").toFile());
        builder.environment().put("AUTOGRADER_ROOT", autograder.toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process run = builder.start();
        assertThat(run.waitFor(180, TimeUnit.SECONDS)).as("run_autograder finished").isTrue();

        JsonNode results = JSON.readTree(autograder.resolve("results/results.json").toFile());
        assertThat(results.get("tests").size()).as(Files.readString(autograder.resolve("log.txt"))).isPositive();
        for (JsonNode test : results.get("tests")) {
            assertThat(test.fieldNames()).toIterable().contains("name", "score", "max_score", "output", "visibility");
        }
        assertThat(results.has("execution_time")).isTrue();
        // Only exercise 01 was uploaded: its checks earn every point, the other exercises' checks none.
        double max = 0;
        for (JsonNode test : results.get("tests")) {
            if (test.get("name").asText().startsWith("01-three-tasks: ")) {
                max += test.get("max_score").asDouble();
            }
        }
        assertThat(max).as("exercise 01 has checks").isPositive();
        assertThat(results.get("score").asDouble()).as("the reference solution earns every point").isEqualTo(max);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                if (!entry.getName().contains("/")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }
}
