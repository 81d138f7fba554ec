package dev.overlap.bench.cost;

import dev.overlap.bench.report.Machine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One command of the kit, run from the project's root and timed from start to end, Maven's own start
 * included; its output goes to a log file, since only its time and its reports matter here.
 */
record Command(List<String> words, long millis, int exitCode, String loadAfter, Path log) {

    static Command run(Path root, Path log, String... words) throws IOException, InterruptedException {
        System.out.printf("  %s ...%n", String.join(" ", words));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(words).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        Command done = new Command(List.of(words), (System.nanoTime() - start) / 1_000_000, exit, Machine.load(), log);
        System.out.printf("  %s: %.1f s, exit %d (load %s)%n", String.join(" ", words), done.millis() / 1000.0,
                exit, done.loadAfter());
        return done;
    }

    String text() {
        return "`" + String.join(" ", words) + "`";
    }
}
