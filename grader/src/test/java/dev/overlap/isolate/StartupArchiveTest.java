package dev.overlap.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The startup archive of checks JVMs")
class StartupArchiveTest {

    private static final List<String> OPTIONS = List.of("-Xmx256m");

    @TempDir
    Path work;

    @Test
    @DisplayName("is mapped by a checks JVM that requires it, so it really serves the JVMs it is made for")
    void isMappedByAChecksJvm() throws IOException, InterruptedException {
        // The build's own folder, when it names one, so that the self-check reuses this test's training.
        Path folder = Path.of(System.getProperty(StartupArchive.FOLDER_PROPERTY, work.resolve("archive").toString()));
        StartupArchive.Plan plan = StartupArchive.plan(ArchiveTraining.class, kit(), OPTIONS, folder);

        assertThat(plan.options()).as("options that map an archive").isNotEmpty();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(OPTIONS);
        command.addAll(plan.options());
        // Fails at start when the archive cannot be mapped, instead of starting without it.
        command.add(Runtime.version().feature() >= 25 ? "-XX:AOTMode=on" : "-Xshare:on");
        command.add("-cp");
        command.add(plan.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(ArchiveTraining.class.getName());
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes());

        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as(output).isZero();
    }

    @Test
    @DisplayName("keeps the kit's classpath as it is when no folder is named for it")
    void changesNothingWithoutAFolder() throws IOException {
        List<Path> kit = kit();

        assertThat(StartupArchive.plan(ArchiveTraining.class, kit, OPTIONS)).satisfiesAnyOf(
                plan -> assertThat(System.getProperty(StartupArchive.FOLDER_PROPERTY)).isNotBlank(),
                plan -> assertThat(plan).isEqualTo(StartupArchive.Plan.without(kit)));
    }

    @Test
    @DisplayName("packs folders of the kit's classes into JARs and leaves other folders last, unarchived")
    void packsTheKitAndLeavesOtherFoldersLast() throws IOException {
        Path starter = Files.createDirectories(work.resolve("starter/threetasks"));
        Files.writeString(starter.resolve("ThreeTasks.class"), "not really a class");
        List<Path> kit = new ArrayList<>();
        kit.add(work.resolve("starter"));
        kit.addAll(kit());
        Path folder = Path.of(System.getProperty(StartupArchive.FOLDER_PROPERTY, work.resolve("archive").toString()));

        StartupArchive.Plan plan = StartupArchive.plan(ArchiveTraining.class, kit, OPTIONS, folder);

        assertThat(plan.classpath().getLast()).isEqualTo(work.resolve("starter"));
        assertThat(plan.classpath().subList(0, plan.classpath().size() - 1))
                .allSatisfy(entry -> assertThat(entry.toString()).endsWith(".jar"));
    }

    /** This JVM's classpath as a checks JVM's kit: Surefire passes it in a manifest-only JAR. */
    private List<Path> kit() throws IOException {
        List<Path> grader = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
        List<Path> classpath = ChecksClasspath.of(grader, Files.createDirectories(work.resolve("no-submission")));
        return classpath.subList(0, classpath.size() - 1);
    }
}
