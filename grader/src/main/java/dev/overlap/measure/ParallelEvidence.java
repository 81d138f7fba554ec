package dev.overlap.measure;

import dev.overlap.evidence.Evidence;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run shows about CPU work: how many threads did it, how much of it each did beside another, how long two
 * or more were busy at once, and how much CPU time the work got compared with the time it took.
 *
 * @param workers how many threads could share the work evenly: the cores, or the pieces where there are fewer
 */
record ParallelEvidence(BusyIntervals busy, WorkShares shares, int workers, List<CpuUse> cpu, Duration wallTime) {

    static ParallelEvidence of(Run<?> run, int workers) {
        return new ParallelEvidence(run.busy(), run.shares(), workers, run.cpuUses(), run.wallTime());
    }

    /**
     * Two threads or more, each doing at least a tenth of an even share of the work while another thread worked too:
     * the one thing sequential code cannot show, and a helper thread with a token share does not either.
     */
    boolean parallel() {
        return realShares() >= 2;
    }

    int realShares() {
        return shares.threadsWithARealShare(workers);
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
        Evidence.record(prefix + "threads_with_a_real_share", realShares());
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
        String overlap = String.format(Locale.ROOT, "%s, two or more busy at the same time for %d ms of %d ms",
                threads, busy.overlapped().toMillis(), busy.covered().toMillis());
        if (parallel()) {
            return overlap;
        }
        return String.format(Locale.ROOT, "%s, but %s did at least %.0f%% of the work (a tenth of an even share"
                + " among %d) while another thread worked too: a thread that does a token part beside the others is"
                + " not parallel work", overlap, realShares() == 0 ? "no thread" : "only one thread",
                100.0 / workers * WorkShares.REAL_SHARE, workers);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
