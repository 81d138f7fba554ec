package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * setup.sh installs a JDK only when the image's java is older than 21, so it must read every version's way of
 * saying which it is. Its own {@code java_feature} function runs here against a {@code java} that answers as each
 * version does.
 */
@DisplayName("The Gradescope bundle's setup.sh")
class GradescopeSetupTest {

    @TempDir
    Path bin;

    @ParameterizedTest(name = "java.specification.version {0} is Java {1}")
    @CsvSource({"1.8, 8", "11, 11", "17, 17", "21, 21", "25, 25", "unexpected, 0"})
    @DisplayName("reads the version of the java on the PATH")
    void readsTheJavaVersion(String specification, int feature) throws Exception {
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = " + specification + "' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(javaFeature(bin + ":/usr/bin:/bin")).isEqualTo(String.valueOf(feature));
    }

    @Test
    @DisplayName("counts a missing java as 0, so that one is installed")
    void countsNoJavaAsZero() throws Exception {
        for (String tool : new String[] {"sed", "cut"}) {
            Path real = Stream.of("/usr/bin", "/bin").map(folder -> Path.of(folder, tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }

        assertThat(javaFeature(bin.toString())).isEqualTo("0");
    }

    /** Runs setup.sh's java_feature alone (the rest of the script installs packages) under setup.sh's options. */
    private static String javaFeature(String path) throws IOException, InterruptedException {
        String setup = Files.readString(Path.of(System.getProperty("overlap.root"), "grader/src/gradescope/setup.sh"));
        String function = setup.substring(setup.indexOf("java_feature() {"), setup.indexOf("\n}\n") + 3);
        ProcessBuilder bash = new ProcessBuilder("/bin/bash", "-c", "set -euo pipefail\n" + function + "java_feature")
                .redirectErrorStream(true);
        bash.environment().put("PATH", path);
        Process run = bash.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(run.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(out).isZero();
        return out;
    }
}
