package dev.overlap.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the boundary a checks JVM runs in, on this machine: a program started inside the bubblewrap sandbox the
 * way a checks JVM is (the JDK and the sealed kit readable, one scratch folder writable) tries what a hostile
 * submission would. No traffic can leave the machine: the address it tries is TEST-NET-1 (192.0.2.0/24, never
 * routed), and the sandbox has no interface but loopback to send it from.
 */
@DisplayName("The bubblewrap sandbox")
class SandboxTest {

    private static final String OUTSIDE = "192.0.2.1";

    private static Kit kit;
    private static Map<String, String> attempts;
    private static Path home;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void runTheProbeInside() throws Exception {
        kit = Kit.ofThisJvm();
        assertThat(kit.isSealed()).as("the build seals the kit before the tests run").isTrue();
        Sandbox sandbox = SandboxPolicy.BUBBLEWRAP.choose();
        home = Path.of(System.getProperty("user.home"));
        Path probe = source();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<Path> readable = Stream.concat(Stream.of(Path.of(System.getProperty("java.home")), probe.getParent()),
                kit.classpath().stream()).toList();
        List<String> command = sandbox.wrap(List.of(java.toString(), probe.toString(),
                kit.classpath().getFirst().toString(), home.toString(), scratch.toString(), OUTSIDE),
                new Confinement(readable, scratch));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        attempts = output.lines().filter(line -> line.contains(": "))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf(": ")),
                        line -> line.substring(line.indexOf(": ") + 2), (a, b) -> a));
    }

    @Test
    @DisplayName("lets the checks JVM read the kit but not write its JARs or plant new ones, and the seal still holds")
    void theKitIsReadOnly() throws IOException {
        assertThat(attempts.get("kit-read")).endsWith("bytes");
        assertThat(attempts.get("kit-write")).startsWith("refused:").contains("Read-only file system");
        assertThat(attempts.get("kit-folder-write")).startsWith("refused:").contains("Read-only file system");
        assertThat(kit.classpath().getFirst().resolveSibling("planted.jar")).doesNotExist();
        assertThat(kit.changes()).isEmpty();
    }

    @Test
    @DisplayName("hides the home folder, which this JVM can list")
    void theHomeFolderIsNotThere() throws IOException {
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.count()).as("the home folder outside").isPositive();
        }
        assertThat(attempts.get("home-list")).startsWith("refused:").contains("NoSuchFileException");
    }

    @Test
    @DisplayName("lets the checks JVM write its scratch folder")
    void theScratchFolderIsWritable() throws IOException {
        assertThat(attempts.get("scratch-write")).isEqualTo("ok");
        assertThat(scratch.resolve("note.txt")).hasContent("ok");
    }

    @Test
    @DisplayName("has loopback as its only network interface, so a non-loopback address is unreachable")
    void onlyLoopback() {
        assertThat(attempts.get("interfaces")).isEqualTo("lo");
        assertThat(attempts.get("connect-out")).startsWith("refused:").contains("Network is unreachable");
    }

    @Test
    @DisplayName("shows the checks JVM only its own processes")
    void ownProcessesOnly() {
        assertThat(ProcessHandle.allProcesses().count()).as("processes outside").isGreaterThan(3);
        assertThat(Integer.parseInt(attempts.get("processes").split(" ")[0])).isLessThanOrEqualTo(3);
    }

    private static Path source() throws URISyntaxException {
        return Path.of(SandboxTest.class.getResource("/sandbox/Probe.java").toURI());
    }
}
