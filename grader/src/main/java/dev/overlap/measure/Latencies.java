package dev.overlap.measure;

import dev.overlap.evidence.Evidence;
import java.time.Duration;
import java.util.List;

/** A set of response times, summarised as a service-level report would: median, 95th percentile, worst. */
public record Latencies(List<Duration> sorted) {

    public Latencies {
        sorted = sorted.stream().sorted().toList();
    }

    public int count() {
        return sorted.size();
    }

    /** The latency that {@code percent} % of the responses met or beat (nearest rank). */
    public Duration percentile(double percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.clamp(rank - 1, 0, sorted.size() - 1));
    }

    public Duration median() {
        return percentile(50);
    }

    public Duration worst() {
        return sorted.isEmpty() ? Duration.ZERO : sorted.getLast();
    }

    /** Records {@code <name>_p50_ms}, {@code _p95_ms} and {@code _max_ms} as evidence. */
    public Latencies record(String name) {
        Evidence.record(name + "_p50_ms", millis(median()));
        Evidence.record(name + "_p95_ms", millis(percentile(95)));
        Evidence.record(name + "_max_ms", millis(worst()));
        return this;
    }

    private static double millis(Duration duration) {
        return Math.round(duration.toNanos() / 10_000.0) / 100.0;
    }
}
