package dev.overlap.workload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;

/**
 * A small deterministic CPU-bound step: many rounds of integer mixing (xorshift), the same answer on
 * every machine and no waiting anywhere, so a thread that runs it keeps its core busy. How many rounds
 * make a given duration is measured on the machine, in the run: the work is sized by time, not by a
 * constant that suits one computer.
 */
public final class CourseKernel {

    private static final int PROBE_ROUNDS = 2_000_000;

    /** Where calibration leaves its results, so the JIT cannot drop the work as unused. */
    private static volatile long sink;

    private CourseKernel() {
    }

    /** Mixes {@code seed} for {@code rounds} rounds; a small number (0 to 999), so that sums stay readable. */
    public static long mix(long seed, int rounds) {
        long x = seed ^ 0x9E3779B97F4A7C15L;
        for (int i = 0; i < rounds; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return Math.floorMod(x, 1000);
    }

    /**
     * How many rounds take about {@code target} of one core's time on this machine, measured after a warm-up. The
     * probe counts the CPU time of the calibrating thread where the JVM can tell it: on a core shared with another
     * process, the wall clock would count that process's turns as this work's, and the work would come out smaller
     * than asked, so small that code which computes where it must not could pass for code that does not.
     */
    public static int roundsFor(Duration target) {
        for (int i = 0; i < 3; i++) {
            sink += mix(i, PROBE_ROUNDS / 4);
        }
        long[] nanos = new long[3];
        for (int i = 0; i < nanos.length; i++) {
            long start = threadNanos();
            sink += mix(sink + i, PROBE_ROUNDS);
            nanos[i] = threadNanos() - start;
        }
        Arrays.sort(nanos);
        double perRound = Math.max(1e-3, (double) nanos[1] / PROBE_ROUNDS);
        return (int) Math.clamp(target.toNanos() / perRound, 1, Integer.MAX_VALUE);
    }

    /** The CPU time of this thread, or the wall clock where the JVM cannot tell it (a virtual thread). */
    private static long threadNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() && !Thread.currentThread().isVirtual()
                ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
