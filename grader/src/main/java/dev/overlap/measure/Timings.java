package dev.overlap.measure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a trial measured: every run of every contender, and their medians. */
public record Timings(Map<Role, List<Run<?>>> runs) {

    public boolean has(Role role) {
        return runs.containsKey(role);
    }

    public List<Run<?>> of(Role role) {
        return runs.getOrDefault(role, List.of());
    }

    /** How a role's time was taken, for a sentence: "median of 5 runs", or "one timed run". */
    public String howMany(Role role) {
        int count = of(role).size();
        return count == 1 ? "one timed run" : "median of " + count + " runs";
    }

    public Duration median(Role role) {
        List<Duration> sorted = of(role).stream().map(Run::wallTime).sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalStateException("no runs of " + role);
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /** Baseline median over this role's median: how many times faster it was. */
    public double speedup(Role role) {
        return (double) median(Role.BASELINE).toNanos() / median(role).toNanos();
    }

    /** The first failure of a role's runs, if any run threw. */
    public Optional<Throwable> failure(Role role) {
        return of(role).stream().flatMap(run -> run.failure().stream()).findFirst();
    }

    /** The most calls any run of this role had in flight at once. */
    public int peakInFlight(Role role) {
        return of(role).stream().mapToInt(Run::peakInFlight).max().orElse(0);
    }

    /** The run whose wall time is the median one, the representative for a timeline. */
    public Run<?> medianRun(Role role) {
        List<Run<?>> sorted = of(role).stream().sorted(java.util.Comparator.comparing(Run::wallTime)).toList();
        return sorted.get(sorted.size() / 2);
    }
}
