package dev.overlap.bench.report;

import dev.overlap.bench.scale.ScaleResult;
import dev.overlap.bench.scale.ScaleRun;
import dev.overlap.bench.scale.ThreadKind;
import dev.overlap.bench.scale.ThreadLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Many concurrent waits: 10 000, 100 000 and 1 000 000 threads all parked at once, then each waiting a
 * second, on virtual threads against platform threads, each probe in a JVM of its own.
 */
final class ScaleLesson {

    private ScaleLesson() {
    }

    static Section run(List<Integer> sizes, long waitMillis, ThreadLimit limit) throws Exception {
        List<ScaleResult> results = new ArrayList<>();
        MarkdownTable table = new MarkdownTable("threads", "kind", "outcome", "start (ms)", "waiting at once",
                "wait phase (ms)", "physical limit: one wait (ms)", "overhead per thread (µs)", "memory parked (MB)",
                "per thread (KiB)", "of it on the heap (MB)", "load");
        for (int size : sizes) {
            for (ThreadKind kind : ThreadKind.values()) {
                Optional<ScaleResult> same = sameCappedProbe(results, kind, size, limit.cap());
                ScaleResult result;
                if (same.isPresent()) {
                    result = same.get();
                } else {
                    System.out.printf("  %s threads: %s ...%n", Format.count(size), kind.id());
                    result = ScaleRun.probe(kind, size, waitMillis, kind == ThreadKind.PLATFORM ? limit.cap()
                            : Integer.MAX_VALUE);
                    results.add(result);
                }
                String load = Machine.loadNow();
                System.out.printf("  %s threads: %s %s (load %s)%n", Format.count(size), kind.id(),
                        outcome(result, limit), load);
                table.row(Format.count(size), kind.id(), outcome(result, limit)
                                + (same.isPresent() ? " (the probe above)" : ""),
                        figure(result.startMillis()), Format.count(result.peakWaiting()), figure(result.waitMillis()),
                        waitMillis, overhead(result, waitMillis),
                        Format.megabytes(result.rssParkedKb() - result.rssBeforeKb()),
                        Format.kibibytes(result.bytesPerThread()), Format.megabytes(result.heapParkedKb()), load);
            }
        }
        String markdown = "### Scale: concurrent waits on virtual and platform threads\n\n"
                + "Each probe runs in a JVM of its own (-Xss" + ScaleRun.STACK + ", -Xmx" + ScaleRun.HEAP + "). It"
                + " starts the threads and each parks at a gate (\"start\"); when all of them are parked at once (the"
                + " \"waiting at once\" column counts them), the gate opens and each sleeps " + waitMillis + " ms, as a"
                + " call to a slow service would wait (\"wait phase\", until the last one ends). The physical limit of"
                + " the wait phase is that one wait; what it takes beyond, spread over the threads, is the overhead"
                + " of waking and ending each. Memory is the process's resident set while all threads were parked,"
                + " minus what it was before they started; the kernel's own memory for each platform thread is not"
                + " in it. Platform threads are kernel tasks: " + limit.source() + ".\n\n" + table.render();
        return new Section(markdown, charts(results, waitMillis));
    }

    /** Above the cap, a larger platform probe would start the very same threads again; reuse the first. */
    private static Optional<ScaleResult> sameCappedProbe(List<ScaleResult> done, ThreadKind kind, int size, int cap) {
        if (kind != ThreadKind.PLATFORM || size <= cap) {
            return Optional.empty();
        }
        return done.stream().filter(result -> result.kind() == kind && result.requested() > cap
                && !result.completed()).findFirst();
    }

    private static String outcome(ScaleResult result, ThreadLimit limit) {
        if (result.completed()) {
            return "all " + Format.count(result.started()) + " ran";
        }
        if (!result.error().isEmpty()) {
            return "gave out after " + Format.count(result.started()) + " threads: " + result.error();
        }
        return "stopped at the cap of " + Format.count(result.started()) + " threads, which all ran; the kernel"
                + " allows " + Format.count(limit.kernelLimit()) + " tasks machine-wide";
    }

    private static String overhead(ScaleResult result, long waitMillis) {
        if (result.waitMillis() < 0 || result.started() == 0) {
            return "?";
        }
        return Format.count(Math.max(0, result.waitMillis() - waitMillis) * 1000 / result.started());
    }

    private static String figure(long millis) {
        return millis < 0 ? "?" : Format.count(millis);
    }

    private static List<Chart<?, ?>> charts(List<ScaleResult> results, long waitMillis) {
        XYChart time = new XYChartBuilder().width(800).height(500).title("Scale: start and wait, all threads")
                .xAxisTitle("threads (log scale)").yAxisTitle("seconds, start + wait (log scale)").build();
        XYChart memory = new XYChartBuilder().width(800).height(500).title("Scale: memory while all are parked")
                .xAxisTitle("threads (log scale)").yAxisTitle("MB resident (log scale)").build();
        for (XYChart chart : List.of(time, memory)) {
            Charts.style(chart);
            chart.getStyler().setXAxisLogarithmic(true);
            chart.getStyler().setYAxisLogarithmic(true);
        }
        for (ThreadKind kind : ThreadKind.values()) {
            List<ScaleResult> ran = results.stream().filter(r -> r.kind() == kind && r.started() > 0
                    && r.totalMillis() >= 0).toList();
            if (ran.isEmpty()) {
                continue;
            }
            String name = kind.id() + " threads" + ran.stream().filter(r -> !r.completed()).findFirst()
                    .map(r -> " (last point: stopped at " + Format.count(r.started()) + ")").orElse("");
            List<Double> threads = ran.stream().map(r -> (double) r.started()).toList();
            time.addSeries(name, threads, ran.stream().map(r -> r.totalMillis() / 1000.0).toList());
            memory.addSeries(name, threads,
                    ran.stream().map(r -> Math.max(1, r.rssParkedKb() - r.rssBeforeKb()) / 1024.0).toList());
        }
        List<Double> span = results.stream().filter(r -> r.started() > 0).map(r -> (double) r.started()).sorted()
                .toList();
        if (!span.isEmpty()) {
            time.addSeries("one wait (physical limit)", List.of(span.getFirst(), span.getLast()),
                    List.of(waitMillis / 1000.0, waitMillis / 1000.0)).setMarker(SeriesMarkers.NONE);
        }
        return List.of(time, memory);
    }
}
