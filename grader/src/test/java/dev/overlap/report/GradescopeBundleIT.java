package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.proof.Solutions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
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
    @DisplayName("grades an uploaded project into results.json with Gradescope's fields, in bubblewrap")
    void gradesAnUpload() throws Exception {
        String log = runAutograder(Path.of(System.getProperty("java.home"), "bin"), "exercises");
        assertFullMarksForTheUploadedExercise(log);
        assertThat(JSON.readTree(autograder.resolve("results/overlap/grade.json").toFile()).get("sandbox").asText())
                .isEqualTo("bubblewrap");
    }

    /**
     * Gradescope's containers run the autograder as root and usually forbid the namespaces bubblewrap needs. This
     * simulates one: a {@code bwrap} first on the PATH that fails the way it fails there. setup.sh must then make
     * the unprivileged user, and run_autograder must grade as that user rather than refuse or go unprotected.
     */
    @Test
    @DisplayName("as root where bubblewrap cannot make namespaces, setup.sh makes a user and grading runs as it;"
            + " a project zipped in its folder is found inside it")
    void fallsBackToAnUnprivilegedUser() throws Exception {
        Assumptions.assumeTrue(Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")),
                "the user sandbox is made and used by root, as on Gradescope; this JVM is not root");
        Path fakeBin = Files.createDirectories(autograder.resolve("bin"));
        Path bwrap = fakeBin.resolve("bwrap");
        Files.writeString(bwrap, "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n");
        Files.setPosixFilePermissions(bwrap, PosixFilePermissions.fromString("rwxr-xr-x"));
        // setup.sh looks for a JDK 21+ as java on the PATH; this one, not a JDK to install.
        Files.createSymbolicLink(fakeBin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));

        Files.createDirectories(autograder.resolve("submission/__MACOSX/concurrency-class"));
        String log = runAutograder(fakeBin, "concurrency-class/exercises");
        assertFullMarksForTheUploadedExercise(log);
        assertThat(JSON.readTree(autograder.resolve("results/overlap/grade.json").toFile()).get("sandbox").asText())
                .as(log).isEqualTo("user");
    }

    /**
     * Unzips the bundle, uploads the reference solution of 11 (the quickest to grade) into {@code exercises} under
     * the upload, runs setup.sh and run_autograder; their log.
     */
    private String runAutograder(Path firstOnPath, String exercises) throws IOException, InterruptedException {
        unzip(Path.of(System.getProperty("overlap.gradescope.zip")), autograder.resolve("source"));
        assertThat(autograder.resolve("source/setup.sh")).isExecutable();
        Path root = Path.of(System.getProperty("overlap.root"));
        Solutions.layOut(root, "11-mental-model", autograder.resolve("submission").resolve(exercises)
                .resolve("11-mental-model"));
        Path log = autograder.resolve("log.txt");
        String path = firstOnPath + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String script : new String[] {"source/setup.sh", "source/run_autograder"}) {
            ProcessBuilder builder = new ProcessBuilder(autograder.resolve(script).toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("AUTOGRADER_ROOT", autograder.toString());
            builder.environment().put("PATH", path);
            builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            Process run = builder.start();
            assertThat(run.waitFor(180, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        }
        return Files.readString(log);
    }

    private void assertFullMarksForTheUploadedExercise(String log) throws IOException {
        JsonNode results = JSON.readTree(autograder.resolve("results/results.json").toFile());
        assertThat(results.get("tests").size()).as(log).isPositive();
        for (JsonNode test : results.get("tests")) {
            assertThat(test.fieldNames()).toIterable().contains("name", "score", "max_score", "output", "visibility");
        }
        assertThat(results.has("execution_time")).isTrue();
        double earned = 0;
        double max = 0;
        for (JsonNode test : results.get("tests")) {
            if (test.get("name").asText().startsWith("11-mental-model: ")) {
                earned += test.get("score").asDouble();
                max += test.get("max_score").asDouble();
            } else {
                assertThat(test.get("output").asText()).as("an exercise not uploaded")
                        .contains("No Java sources were found");
            }
        }
        assertThat(max).isPositive();
        assertThat(earned).as("the reference solution earns every point of the uploaded exercise: %s", log)
                .isEqualTo(max);
        assertThat(results.get("score").asDouble()).isEqualTo(earned);
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
