package dev.overlap.bench.report;

import dev.overlap.bench.scale.ThreadLimit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The bench behind {@code ./mvnw -q -Pbench verify}: waiting work, CPU work and scale, measured side by
 * side with the physical limit beside each figure. Prints the Markdown for docs/COST.md and writes it, the
 * chart and JMH's raw results into {@code --out}.
 *
 * <p>Options: {@code --sections=waiting,cpu,scale}, {@code --quick=true} (checks the bench works; short
 * runs, smaller scale), {@code --platform-cap=auto|none|N} (most platform threads a scale probe starts).
 */
public final class Lessons {

    private static final List<Integer> SIZES = List.of(10_000, 100_000, 1_000_000);
    private static final List<Integer> QUICK_SIZES = List.of(10_000, 100_000);
    private static final long SCALE_WAIT_MILLIS = 1_000;

    private Lessons() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Set<String> sections = Arrays.stream(options.getOrDefault("sections", "waiting,cpu,scale").split(","))
                .map(String::trim).collect(Collectors.toSet());
        boolean quick = Boolean.parseBoolean(options.getOrDefault("quick", "false"));
        Path out = Path.of(options.getOrDefault("out", "target/bench")).toAbsolutePath();
        Files.createDirectories(out);

        Machine machine = Machine.current();
        String loadBefore = Machine.load();
        System.out.println("Bench on " + machine.describe() + "; load average " + loadBefore);
        JmhRuns jmh = new JmhRuns(quick, out);
        List<Section> done = new ArrayList<>();
        if (sections.contains("waiting")) {
            done.add(WaitingLesson.run(jmh));
        }
        if (sections.contains("cpu")) {
            done.add(CpuLesson.run(jmh));
        }
        if (sections.contains("scale")) {
            ThreadLimit limit = ThreadLimit.of(options.getOrDefault("platform-cap", "auto"));
            done.add(ScaleLesson.run(quick ? QUICK_SIZES : SIZES, SCALE_WAIT_MILLIS, limit));
        }

        String markdown = "## Measured: the lessons in numbers\n\n"
                + "Machine: " + machine.describe() + ". Taken " + Instant.now() + (quick ? " in quick mode"
                + " (short runs: not figures to publish)" : "") + "; load average (1, 5, 15 min) " + loadBefore
                + " before, " + Machine.load() + " after. The \"load\" column is the one-minute load average as each"
                + " figure was taken: above " + machine.cores() + " (the cores), other work was competing for them."
                + "\n\n" + done.stream().map(Section::markdown).collect(Collectors.joining("\n"))
                + "\n![The lessons in numbers](lessons.png)\n";
        Files.writeString(out.resolve("lessons.md"), markdown, StandardCharsets.UTF_8);
        List<Chart<?, ?>> charts = done.stream().flatMap(section -> section.charts().stream()).toList();
        if (!charts.isEmpty()) {
            Charts.save(charts, out.resolve("lessons.png"));
        }
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written: " + out.resolve("lessons.md") + ", " + out.resolve("lessons.png")
                + ", JMH's raw results in " + out.resolve("jmh-*.json"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Options look like --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}
