package dev.overlap.bench.report;

import dev.overlap.bench.cpu.CpuBenchmark;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CPU work, run four ways: the times, the cores' limit beside them, and how many kernels ran at once. */
final class CpuLesson {

    private CpuLesson() {
    }

    static Section run(JmhRuns jmh) throws Exception {
        CpuBenchmark bench = Params.applied(new CpuBenchmark());
        int cores = Runtime.getRuntime().availableProcessors();
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
        List<Tried> tried = Tried.each(ways, scores, bench::prepare, bench::recorder);
        for (Tried way : tried) {
            table.row(way.way().label(), Format.millis(way.score()), Format.millis(limit),
                    Format.ratio(way.millis() / limit), Format.ratio(sequential / way.millis()),
                    way.evidence().peakInFlight(), way.evidence().threadsText(), way.score().load());
        }
        String markdown = "### CPU work: " + bench.tasks + " kernels of " + Format.count(bench.rounds) + " rounds\n\n"
                + "Each task is the grader's `CourseKernel` (integer mixing, no waiting) for a fixed number of rounds."
                + " The physical limit is the cores: the sequential time divided by " + cores + ". Virtual threads"
                + " run on one carrier per core, so they reach the same limit and no further; a kernel in flight"
                + " holds its carrier until it ends.\n\n" + table.render();
        return new Section(markdown, List.of(Charts.againstLimit(String.format(Locale.ROOT,
                "CPU work: %d kernels on %d cores", bench.tasks, cores), "ms per run", tried,
                "sequential / cores (physical limit)", limit)));
    }
}
