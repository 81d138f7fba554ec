package dev.overlap.bench.cost;

import dev.overlap.bench.report.Machine;
import dev.overlap.proof.Solutions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How soon a learner sees a verdict in watch mode: starts {@code ./mvnw -q -Pgrade verify -Dgrade.watch} on a copy
 * of an exercise, as a learner does, waits for its first verdict, then saves a change (a comment line more) and
 * times until the next verdict is on its output, {@value #SAVES} times. The verdict line says how long the checks
 * themselves ran; the rest of the time from the save is the kit's: seeing the save, compiling, the rules, the
 * checks JVM, the report.
 *
 * <p>Arguments: the exercises (default 01, 07 and 11), and {@code starter} or {@code solution} (default: both).
 * Run from the kit's root with a JDK 21+ {@code java}, after {@code ./mvnw -q install -DskipTests}.
 */
public final class WatchLatency {

    private static final int SAVES = 10;
    private static final Pattern VERDICT = Pattern.compile(
            "^(\\S+): (\\d+)/(\\d+).* in ([\\d.]+) s \\(checks ([\\d.]+) s\\)");

    private WatchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        List<String> exercises = args.length > 0 ? List.of(args[0].split(","))
                : List.of("01-three-tasks", "07-parallel-math", "11-mental-model");
        List<String> versions = args.length > 1 ? List.of(args[1]) : List.of("starter", "solution");
        StringBuilder table = new StringBuilder("| exercise | code | save to verdict (median, min-max) |"
                + " checks (median) | the kit's part (median) | load |\n|---|---|---:|---:|---:|---:|\n");
        for (String exercise : exercises) {
            for (String version : versions) {
                table.append(row(root, exercise, version)).append('\n');
            }
        }
        System.out.println();
        System.out.println(table);
    }

    private static String row(Path root, String exercise, String version) throws Exception {
        Path submission = Files.createTempDirectory("overlap-watch-");
        Path folder = submission.resolve(exercise);
        if (version.equals("solution")) {
            Solutions.layOut(root, exercise, folder);
        } else {
            Solutions.layOver(root.resolve("exercises").resolve(exercise), folder);
        }
        Path source = mainSource(folder);
        Process watch = new ProcessBuilder("./mvnw", "-q", "-o", "-Pgrade", "verify", "-Dgrade.watch",
                "-Dsubmission=" + submission, "-Dexercise=" + exercise).directory(root.toFile())
                .redirectErrorStream(true).start();
        BlockingQueue<Matcher> verdicts = new LinkedBlockingQueue<>();
        Thread.ofPlatform().daemon().start(() -> read(watch, verdicts));
        try {
            next(verdicts, 300);
            List<Long> latencies = new ArrayList<>();
            List<Long> checks = new ArrayList<>();
            List<Long> kits = new ArrayList<>();
            for (int save = 1; save <= SAVES; save++) {
                // The verdict is printed, the checks JVM of the next grade started: a learner reads for a while.
                Thread.sleep(2000);
                Files.writeString(source, Files.readString(source) + "// save " + save + "\n");
                long saved = System.nanoTime();
                Matcher verdict = next(verdicts, 120);
                long latency = (System.nanoTime() - saved) / 1_000_000;
                long checksMillis = Math.round(Double.parseDouble(verdict.group(5)) * 1000);
                latencies.add(latency);
                checks.add(checksMillis);
                kits.add(latency - checksMillis);
                System.out.printf(Locale.ROOT, "  %s %s save %d: %d ms to the verdict, checks %d ms%n", exercise,
                        version, save, latency, checksMillis);
            }
            return String.format(Locale.ROOT, "| %s | %s | %.1f s (%.1f-%.1f) | %.1f s | %.1f s | %s |", exercise,
                    version, median(latencies) / 1000.0, min(latencies) / 1000.0, max(latencies) / 1000.0,
                    median(checks) / 1000.0, median(kits) / 1000.0, Machine.load());
        } finally {
            watch.descendants().forEach(ProcessHandle::destroy);
            watch.destroy();
            watch.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void read(Process watch, BlockingQueue<Matcher> verdicts) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(watch.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher verdict = VERDICT.matcher(line);
                if (verdict.find()) {
                    verdicts.add(verdict);
                }
            }
        } catch (IOException e) {
            // Ended by the bench once its saves are timed; a watch that ends by itself shows as a missing verdict.
        }
    }

    private static Matcher next(BlockingQueue<Matcher> verdicts, int seconds) throws InterruptedException {
        Matcher verdict = verdicts.poll(seconds, TimeUnit.SECONDS);
        if (verdict == null) {
            throw new IllegalStateException("no verdict within " + seconds + " s");
        }
        return verdict;
    }

    /** The exercise's largest source file: the one a learner works in. */
    private static Path mainSource(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder.resolve("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .max(Comparator.comparingLong(WatchLatency::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
