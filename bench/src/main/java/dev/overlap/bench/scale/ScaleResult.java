package dev.overlap.bench.scale;

import java.util.HashMap;
import java.util.Map;

/**
 * What one scale probe measured, read from its output line. Memory is the probe process's resident set:
 * heap, thread stacks and the JVM itself, as the operating system counts it.
 *
 * @param startMillis time to start every thread and have each parked at the gate
 * @param waitMillis  time from opening the gate until every thread had finished its wait
 * @param error       the error that stopped thread creation, or empty
 */
public record ScaleResult(ThreadKind kind, int requested, int started, boolean capped, long startMillis,
                          long waitMillis, long totalMillis, int peakWaiting, long rssBeforeKb, long rssParkedKb,
                          long rssPeakKb, long heapParkedKb, String error) {

    static ScaleResult parse(String line) {
        Map<String, String> values = new HashMap<>();
        for (String field : line.split("\t")) {
            int equals = field.indexOf('=');
            if (equals > 0) {
                values.put(field.substring(0, equals), field.substring(equals + 1));
            }
        }
        return new ScaleResult(ThreadKind.valueOf(values.get("kind").toUpperCase(java.util.Locale.ROOT)),
                integer(values, "requested"), integer(values, "started"), Boolean.parseBoolean(values.get("capped")),
                number(values, "start_ms"), number(values, "wait_ms"), number(values, "total_ms"),
                integer(values, "peak_waiting"), number(values, "rss_before_kb"), number(values, "rss_parked_kb"),
                number(values, "rss_peak_kb"), number(values, "heap_parked_kb"), values.getOrDefault("error", ""));
    }

    /** A probe that did not report: it crashed or ran out of time. */
    static ScaleResult failed(ThreadKind kind, int requested, String why) {
        return new ScaleResult(kind, requested, 0, false, -1, -1, -1, 0, -1, -1, -1, -1, why);
    }

    public boolean completed() {
        return error.isEmpty() && !capped && started == requested;
    }

    /** Memory each thread added while all were parked, in bytes. */
    public long bytesPerThread() {
        return started == 0 || rssParkedKb < 0 ? -1 : (rssParkedKb - rssBeforeKb) * 1024 / started;
    }

    private static int integer(Map<String, String> values, String key) {
        return (int) number(values, key);
    }

    private static long number(Map<String, String> values, String key) {
        return Long.parseLong(values.getOrDefault(key, "-1"));
    }
}
