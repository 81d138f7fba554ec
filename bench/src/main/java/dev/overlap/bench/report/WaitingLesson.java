package dev.overlap.bench.report;

import dev.overlap.bench.waiting.WaitingBenchmark;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.knowm.xchart.CategoryChart;

/** Waiting work, run six ways: the times, the critical path beside them, and what each way let overlap. */
final class WaitingLesson {

    private WaitingLesson() {
    }

    static Section run(JmhRuns jmh) throws Exception {
        WaitingBenchmark bench = Params.applied(new WaitingBenchmark());
        int cores = Runtime.getRuntime().availableProcessors();
        int common = ForkJoinPool.getCommonPoolParallelism();
        List<Way> ways = List.of(
                new Way("sequential", "sequential", "sequential", 1, bench::sequential),
                new Way("fixedPlatformPool", "fixed platform pool of " + cores, "pool of " + cores, cores,
                        bench::fixedPlatformPool),
                new Way("platformThreadPerTask", "a platform thread per task", "thread/task", bench.tasks,
                        bench::platformThreadPerTask),
                new Way("virtualThreads", "virtual threads", "virtual", bench.tasks, bench::virtualThreads),
                new Way("completableFutureCommonPool", "CompletableFuture, common pool of " + common,
                        "futures", common, bench::completableFutureCommonPool),
                new Way("parallelStream", "parallel stream (" + (common + 1) + " workers)", "par. stream",
                        common + 1, bench::parallelStream));

        Map<String, Score> scores = jmh.run(WaitingBenchmark.class, ways.stream().map(Way::method).toList());
        double sequential = scores.get("sequential").millis();
        MarkdownTable table = new MarkdownTable("way", "time (ms)", "physical limit: critical path (ms)",
                "floor with its threads (ms)", "times the limit", "speedup", "calls in flight at peak", "threads",
                "load");
        List<Tried> tried = Tried.each(ways, scores, bench::prepare, bench::recorder);
        for (Tried way : tried) {
            long floor = (long) Math.ceil((double) bench.tasks / way.way().workers()) * bench.waitMillis;
            table.row(way.way().label(), Format.millis(way.score()), bench.waitMillis, floor,
                    Format.ratio(way.millis() / bench.waitMillis), Format.ratio(sequential / way.millis()),
                    way.evidence().peakInFlight(), way.evidence().threadsText(), way.score().load());
        }
        String markdown = "### Waiting work: " + bench.tasks + " tasks of " + bench.waitMillis + " ms\n\n"
                + "Each task is the grader's `WaitingTask` (a sleep, which parks a virtual thread as a blocking"
                + " read does). No task needs a core, so the physical limit is the critical path: one wait of "
                + bench.waitMillis + " ms. The floor is what the way's threads allow: ceil(" + bench.tasks
                + " / threads) waits in a row.\n\n" + table.render();
        CategoryChart chart = Charts.againstLimit(String.format(Locale.ROOT, "Waiting work: %d tasks of %d ms",
                bench.tasks, bench.waitMillis), "ms per run (log scale)", tried, "critical path (physical limit)",
                bench.waitMillis);
        chart.getStyler().setYAxisLogarithmic(true);
        // Bars grow from the axis minimum, and a logarithmic axis has no zero.
        chart.getStyler().setYAxisMin(1.0);
        return new Section(markdown, List.of(chart));
    }
}
