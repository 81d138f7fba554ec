package dev.overlap.bench.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.isolate.Fork;
import dev.overlap.isolate.ForkSpec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a checks JVM with the grader's own command and notes when each of its messages arrives: how long
 * the JVM took to start and reach the first check, how long each check ran, and how long it took to end.
 *
 * @param firstCheckMillis from the start of the process to the first check's start (or to the end, when
 *                         there are no checks)
 * @param checks           each check's name and milliseconds, from its start to its result
 * @param exitMillis       from the last message to the end of the process
 * @param totalMillis      from the start of the process to its end
 */
record ChecksTimeline(long firstCheckMillis, List<Map.Entry<String, Long>> checks, long exitMillis,
                      long totalMillis) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NONCE = "bench";

    static ChecksTimeline of(ForkSpec spec) throws IOException, InterruptedException {
        Files.createDirectories(spec.scratch());
        Path errors = spec.scratch().resolve("bench-stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(Fork.prepare(spec)).directory(spec.scratch().toFile())
                .redirectError(errors.toFile());
        builder.environment().keySet().retainAll(List.of("PATH", "LANG", "LC_ALL", "TZ"));
        long start = System.nanoTime();
        Process process = builder.start();
        try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write(NONCE + "\n" + spec.seed() + "\n");
        }
        List<Map.Entry<String, Long>> checks = new ArrayList<>();
        long first = -1;
        long last = start;
        long checkStart = start;
        boolean sawDone = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.startsWith(NONCE + " ")) {
                    continue;
                }
                long now = System.nanoTime();
                JsonNode message = JSON.readTree(line.substring(NONCE.length() + 1));
                String event = message.path("event").asText();
                if (event.equals("started")) {
                    first = first < 0 ? now : first;
                    checkStart = now;
                } else if (event.equals("done")) {
                    sawDone = true;
                } else if (event.equals("finished")) {
                    checks.add(Map.entry(message.path("check").asText(), millis(now - checkStart)));
                }
                last = now;
            }
        }
        if (!process.waitFor(spec.timeout().toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        process.waitFor();
        long end = System.nanoTime();
        if (!sawDone) {
            throw new IllegalStateException("the checks JVM for " + spec.checkClass() + " ended without reporting"
                    + " done (exit " + process.exitValue() + "): " + Files.readString(errors).strip());
        }
        return new ChecksTimeline(millis((first < 0 ? last : first) - start), checks, millis(end - last),
                millis(end - start));
    }

    long checksMillis() {
        return checks.stream().mapToLong(Map.Entry::getValue).sum();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
