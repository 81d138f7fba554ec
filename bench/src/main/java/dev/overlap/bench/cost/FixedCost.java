package dev.overlap.bench.cost;

import dev.overlap.isolate.ForkSpec;
import dev.overlap.isolate.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What every checks JVM costs before it checks anything: a bare {@code java -version}, and a checks JVM
 * started on {@link NoChecks}. Medians, since one start can meet a busy neighbour.
 */
record FixedCost(long bareJvmMillis, long emptyChecksMillis) {

    static FixedCost measure(List<Path> classpath, Sandbox sandbox, Path work, int runs)
            throws IOException, InterruptedException {
        long[] bare = new long[runs];
        long[] empty = new long[runs];
        Path classes = Files.createDirectories(work.resolve("no-classes"));
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process version = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            version.waitFor();
            bare[i] = (System.nanoTime() - start) / 1_000_000;
            empty[i] = ChecksTimeline.of(new ForkSpec(NoChecks.class.getName(), List.of(NoChecks.NOTHING), classes,
                    classpath, Duration.ofSeconds(60), 512, 64, false, 1L, work.resolve("no-checks-scratch"), sandbox,
                    false))
                    .totalMillis();
        }
        return new FixedCost(median(bare), median(empty));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
