package dev.overlap.measure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorded calls as bars over time, one lane per thread: a single lane with gaps is one thread
 * switching between waits, several busy lanes at once is work in parallel.
 *
 * @param originNanos when the run started, relative to the recorder's start
 * @param names       what reports call a call whose label is a random token, by label
 */
public record Timeline(List<Call> calls, long originNanos, Duration wallTime, Map<String, String> names) {

    /**
     * The most bars a report draws of one run. The kit's workloads record at most a few dozen calls a run; code that
     * makes thousands of calls would otherwise fill the report with bars no one can tell apart.
     */
    static final int MOST_BARS = 200;

    public Timeline {
        calls = List.copyOf(calls);
        names = Map.copyOf(names);
    }

    /** The calls a recorder saw from {@code startNanos} on (in {@link System#nanoTime()} terms), for {@code wall}. */
    public static Timeline of(Recorder recorder, long startNanos, Duration wall) {
        return new Timeline(recorder.calls(), startNanos - recorder.origin(), wall, recorder.namesInReports());
    }

    /**
     * A plain-data form for reports: one bar per call, times in milliseconds from the run's start to a tenth, with
     * what the thread did ({@link Activity#id()}). A carrier is written only for a virtual thread, the stretches a
     * thread was busy only for its counted pieces, and calls beyond {@link #MOST_BARS} only as a count.
     */
    public Map<String, Object> asMeasurement() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("wall_ms", millis(wallTime.toNanos()));
        data.put("bars", calls.stream().limit(MOST_BARS).map(this::bar).toList());
        if (calls.size() > MOST_BARS) {
            data.put("bars_left_out", calls.size() - MOST_BARS);
        }
        return data;
    }

    private Map<String, Object> bar(Call call) {
        Map<String, Object> bar = new LinkedHashMap<>();
        bar.put("label", names.getOrDefault(call.label(), call.label()));
        bar.put("kind", call.activity().id());
        bar.put("thread", call.thread());
        bar.put("virtual", call.virtual());
        if (!call.carrier().isEmpty()) {
            bar.put("carrier", call.carrier());
        }
        bar.put("start_ms", millis(call.startNanos() - originNanos));
        bar.put("end_ms", millis(call.endNanos() - originNanos));
        if (!call.busy().isEmpty()) {
            bar.put("busy", call.busy().stream().map(span -> List.of(millis(span.startNanos() - originNanos),
                    millis(span.endNanos() - originNanos))).toList());
        }
        return bar;
    }

    /** How reports write a time: milliseconds to a tenth, precise enough for a picture and short in JSON. */
    public static double millis(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
