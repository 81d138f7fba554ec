package dev.overlap.measure;

import java.time.Duration;
import java.util.Optional;

/**
 * The CPU time one recorded call used on its thread.
 *
 * @param cpuNanos the thread's CPU time during the call, or -1 where the JDK cannot measure it (a
 *                 virtual thread)
 */
public record CpuUse(String label, String thread, boolean virtual, long cpuNanos) {

    static CpuUse between(String label, Thread thread, long before, long after) {
        boolean known = before != CpuClock.UNKNOWN && after != CpuClock.UNKNOWN;
        return new CpuUse(label, Recorder.threadName(thread), thread.isVirtual(), known ? after - before : CpuClock.UNKNOWN);
    }

    public Optional<Duration> cpuTime() {
        return cpuNanos == CpuClock.UNKNOWN ? Optional.empty() : Optional.of(Duration.ofNanos(cpuNanos));
    }
}
