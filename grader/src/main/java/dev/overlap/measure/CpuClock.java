package dev.overlap.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time of the current thread, from {@link ThreadMXBean}. The JDK does not measure it for a
 * virtual thread (it answers -1, as of JDK 25), nor on a JVM that cannot; then it is unknown, and
 * the grader judges by intervals and threads alone.
 */
final class CpuClock {

    static final long UNKNOWN = -1;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported();

    private CpuClock() {
    }

    static long currentThreadNanos() {
        if (!SUPPORTED || Thread.currentThread().isVirtual()) {
            return UNKNOWN;
        }
        return THREADS.getCurrentThreadCpuTime();
    }
}
