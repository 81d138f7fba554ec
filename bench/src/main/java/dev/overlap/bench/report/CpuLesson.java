package dev.overlap.bench.report;

import dev.overlap.bench.cpu.CpuBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;

/** CPU work, run four ways: the times, the cores' limit beside them, and how many kernels ran at once. */
final class CpuLesson {

    private CpuLesson() {
    }

    static Section run(JmhRuns jmh) throws Exception {
        int tasks = Params.of(CpuBenchmark.class, "tasks");
        int rounds = Params.of(CpuBenchmark.class, "rounds");
        int cores = Runtime.getRuntime().availableProcessors();
        CpuBenchmark bench = new CpuBenchmark();
        bench.tasks = tasks;
        bench.rounds = rounds;
        List<Way> ways = List.of(
                new Way("sequential", "sequential", "sequential", 1, bench::sequential),
                new Way("parallelStream", "parallel stream", "parallel stream", cores, bench::parallelStream),
                new Way("virtualThreads", "virtual threads", "virtual", cores, bench::virtualThreads),
                new Way("fixedPoolOfCores", "fixed pool of " + cores, "pool of " + cores, cores,
                        bench::fixedPoolOfCores));

        Map<String, Score> scores = jmh.run(CpuBenchmark.class, ways.stream().map(Way::method).toList());
        double sequential = scores.get("sequential").millis();
        double limit = sequential / cores;
        MarkdownTable table = new MarkdownTable("way", "time (ms)", "physical limit: sequential / " + cores
                + " cores (ms)", "times the limit", "speedup", "kernels in flight at peak", "threads", "load");
        List<String> labels = new ArrayList<>();
        List<Double> measured = new ArrayList<>();
        for (Way way : ways) {
            bench.prepare();
            way.once().call();
            Evidence evidence = Evidence.of(bench.recorder());
            Score score = scores.get(way.method());
            table.row(way.label(), Format.millis(score), Format.millis(limit), Format.ratio(score.millis() / limit),
                    Format.ratio(sequential / score.millis()), evidence.peakInFlight(), evidence.threadsText(),
                    score.load());
            labels.add(way.shortLabel());
            measured.add(score.millis());
        }
        String markdown = "### CPU work: " + tasks + " kernels of " + Format.count(rounds) + " rounds\n\n"
                + "Each task is the grader's `CourseKernel` (integer mixing, no waiting) for a fixed number of rounds."
                + " The physical limit is the cores: the sequential time divided by " + cores + ". Virtual threads"
                + " run on one carrier per core, so they reach the same limit and no further; a kernel in flight"
                + " holds its carrier until it ends.\n\n" + table.render();
        return new Section(markdown, List.of(chart(labels, measured, limit, tasks, cores)));
    }

    private static Chart<?, ?> chart(List<String> labels, List<Double> measured, double limit, int tasks, int cores) {
        CategoryChart chart = new CategoryChartBuilder().width(800).height(500)
                .title(String.format(Locale.ROOT, "CPU work: %d kernels on %d cores", tasks, cores))
                .yAxisTitle("ms per run").build();
        Charts.style(chart);
        chart.addSeries("measured", labels, measured);
        CategorySeries line = chart.addSeries("sequential / cores (physical limit)", labels,
                labels.stream().map(label -> limit).toList());
        line.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        return chart;
    }
}
