package dev.overlap.measure;

import dev.overlap.check.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run shows about CPU work: how many threads did it, how long two or more were busy at once,
 * and how much CPU time the work got compared with the time it took.
 */
record ParallelEvidence(BusyIntervals busy, List<CpuUse> cpu, Duration wallTime) {

    static ParallelEvidence of(Run<?> run) {
        return new ParallelEvidence(run.busy(), run.cpuUses(), run.wallTime());
    }

    /** Two threads or more, busy at the same moment: the one thing sequential code cannot show. */
    boolean parallel() {
        return busy.threads() >= 2 && busy.peakOverlap() >= 2;
    }

    /** CPU time over busy time of the calls the JDK could measure: near 1 when each had a core to itself. */
    Optional<Double> cpuShare() {
        List<CpuUse> measured = cpu.stream().filter(use -> use.cpuTime().isPresent()).toList();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        double cpuNanos = measured.stream().mapToLong(CpuUse::cpuNanos).sum();
        return Optional.of(cpuNanos / Math.max(1, busy.busy().toNanos()));
    }

    long unmeasuredCalls() {
        return cpu.stream().filter(use -> use.cpuTime().isEmpty()).count();
    }

    void record(String prefix) {
        Evidence.record(prefix + "worker_threads", busy.threads());
        Evidence.record(prefix + "peak_in_flight", busy.peakOverlap());
        Evidence.record(prefix + "overlap_ms", busy.overlapped().toMillis());
        Evidence.record(prefix + "busy_threads_mean", round(busy.meanBusyThreads()));
        cpuShare().ifPresent(share -> Evidence.record(prefix + "cpu_share", round(share)));
        if (unmeasuredCalls() > 0) {
            // ThreadMXBean answers -1 for a virtual thread: no CPU time, intervals only.
            Evidence.record(prefix + "cpu_unmeasured_calls", unmeasuredCalls());
        }
    }

    /** The work's shape in words: "on 2 threads, busy at the same time for 61 ms of 70 ms". */
    String story() {
        if (busy.threads() == 0) {
            return "no work was recorded at all";
        }
        String threads = busy.threads() == 1 ? "on 1 thread" : "on " + busy.threads() + " threads";
        if (busy.peakOverlap() < 2) {
            return threads + ", one piece of work after another: never two at the same moment";
        }
        return String.format(Locale.ROOT, "%s, two or more busy at the same time for %d ms of %d ms",
                threads, busy.overlapped().toMillis(), busy.covered().toMillis());
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
