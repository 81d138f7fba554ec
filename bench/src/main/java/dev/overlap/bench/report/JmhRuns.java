package dev.overlap.bench.report;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a benchmark class's methods with JMH, one after another, each in a JVM of its own, and notes the
 * load average as each one ends. The quick mode (one short warm-up, two short rounds) checks that the
 * bench works; its figures are not for the README.
 */
record JmhRuns(boolean quick, Path out) {

    Map<String, Score> run(Class<?> benchmark, List<String> methods) throws RunnerException {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String method : methods) {
            System.out.printf("  %s.%s ...%n", benchmark.getSimpleName(), method);
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(benchmark.getName() + "\\." + method + "$")
                    .shouldFailOnError(true)
                    .verbosity(VerboseMode.SILENT)
                    .jvmArgsAppend(quietUnsafe())
                    .resultFormat(ResultFormatType.JSON)
                    .result(out.resolve("jmh-" + benchmark.getSimpleName() + "-" + method + ".json").toString());
            if (quick) {
                options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                        .measurementIterations(2).measurementTime(TimeValue.seconds(1));
            }
            Collection<RunResult> results = new Runner(options.build()).run();
            Result<?> primary = results.iterator().next().getPrimaryResult();
            if (!primary.getScoreUnit().equals("ms/op")) {
                throw new IllegalStateException(benchmark.getSimpleName() + " reports " + primary.getScoreUnit()
                        + "; the tables expect ms/op (@OutputTimeUnit(MILLISECONDS), @BenchmarkMode(AverageTime)).");
            }
            Score score = new Score(primary.getScore(), primary.getScoreError(), Machine.loadNow());
            System.out.printf("  %s.%s: %.1f ms/op (load %s)%n", benchmark.getSimpleName(), method, score.millis(),
                    score.load());
            scores.put(method, score);
        }
        return scores;
    }

    /** JMH 1.37 reads field offsets through {@code sun.misc.Unsafe}; JDK 23+ warns about it in every fork. */
    private static String[] quietUnsafe() {
        return Runtime.version().feature() >= 23 ? new String[] {"--sun-misc-unsafe-memory-access=allow"}
                : new String[0];
    }
}
