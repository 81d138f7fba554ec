package dev.overlap.measure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorded calls as bars over time, one lane per thread: a single lane with gaps is one thread
 * switching between waits, several busy lanes at once is work in parallel.
 */
public record Timeline(List<Call> calls, long originNanos, Duration wallTime) {

    /** A plain-data form for reports: one bar per call, times in milliseconds from the run's start. */
    public Map<String, Object> asMeasurement() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("wall_ms", millis(wallTime.toNanos()));
        data.put("bars", calls.stream().map(call -> Map.<String, Object>of(
                "label", call.label(),
                "thread", call.thread(),
                "virtual", call.virtual(),
                "carrier", call.carrier(),
                "start_ms", millis(call.startNanos() - originNanos),
                "end_ms", millis(call.endNanos() - originNanos))).toList());
        return data;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
