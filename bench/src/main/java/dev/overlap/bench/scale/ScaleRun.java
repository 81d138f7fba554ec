package dev.overlap.bench.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a {@link ScaleProbe} in a JVM of its own with a bounded heap and a bounded, explicit thread stack,
 * so that what a probe does to memory stays in that process, and a probe that fails or hangs ends there.
 */
public final class ScaleRun {

    /** The stack size of a platform thread, written out so the figures do not hang on a platform's default. */
    public static final String STACK = "1m";
    public static final String HEAP = "4g";
    private static final long TIME_LIMIT_SECONDS = 600;

    private ScaleRun() {
    }

    public static ScaleResult probe(ThreadKind kind, int threads, long waitMillis, int cap)
            throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss" + STACK, "-Xmx" + HEAP,
                "-cp", System.getProperty("java.class.path"), ScaleProbe.class.getName(),
                kind.id(), Integer.toString(threads), Long.toString(waitMillis), Integer.toString(cap));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append("[reading the probe's output failed: ").append(e.getMessage()).append(']');
            }
        });
        if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            reader.join();
            return ScaleResult.failed(kind, threads, "no result within " + TIME_LIMIT_SECONDS + " s");
        }
        reader.join();
        return output.toString().lines().filter(line -> line.startsWith("probe\t")).findFirst()
                .map(ScaleResult::parse)
                .orElseGet(() -> ScaleResult.failed(kind, threads, "exit " + process.exitValue() + ": "
                        + output.toString().strip().lines().limit(3).reduce((a, b) -> a + " / " + b).orElse("")));
    }
}
