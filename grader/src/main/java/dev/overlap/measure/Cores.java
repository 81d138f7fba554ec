package dev.overlap.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * How many cores this JVM could use at once, measured before any submission class was loaded.
 *
 * <p>Why a calibration of its own: a CPU verdict asks whether the machine had a core to spare, and the kit's
 * reference cannot answer that, because it runs beside the submission, which could spin the cores while it runs to
 * make the machine look full and be graded on evidence alone. So the checks' JVM asks once, at its start, before any
 * code of the submission can run: one spinning thread per core for a short window, and the CPU time they got
 * together over the window's length. Two threads that each had a core get near 2.0; with a neighbour spinning on one
 * core, three threads share two and the pair gets near 1.3. The median of five windows is kept: the best of them
 * overstates a loaded machine (a neighbour that pauses for one window lets both threads run), and the verdict
 * benchmark with one core busy showed it (a calibration of 1.56 with a reference that then reached 0.95x).
 *
 * @param cores     {@link Runtime#availableProcessors()} when calibrated
 * @param coresUsed the CPU time all spinning threads got together over the window: cores the JVM could use
 */
public record Cores(int cores, double coresUsed) {

    private static final long WINDOW_NANOS = 30_000_000;
    private static final int WINDOWS = 5;
    private static volatile Cores calibrated;
    private static volatile boolean refused;

    /** Measures this JVM's cores now and keeps the figure for every check of the JVM. */
    public static Cores calibrate() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            calibrated = new Cores(cores, 1);
            return calibrated;
        }
        double[] windows = new double[WINDOWS];
        for (int window = 0; window < WINDOWS; window++) {
            windows[window] = spinTogether(cores);
        }
        Arrays.sort(windows);
        calibrated = new Cores(cores, windows[WINDOWS / 2]);
        return calibrated;
    }

    /**
     * This JVM grades no CPU work, so it skipped the calibration, and one taken later could be skewed by the code it
     * judges: {@link #ofThisJvm()} refuses from now on.
     */
    public static void neverInThisJvm() {
        refused = true;
    }

    /** The calibration taken when this JVM started, or one taken now where none was (the kit's own tests). */
    public static Cores ofThisJvm() {
        Cores known = calibrated;
        if (known != null) {
            return known;
        }
        if (refused) {
            throw new IllegalStateException("This check judges CPU work, but its JVM did not measure its cores before"
                    + " the submission was loaded: declare @Exercise(gradesCpuWork = true) on the check class.");
        }
        return calibrate();
    }

    /**
     * A core to spare: the spinning threads got at least half of every core beyond the first, as a parallel run needs
     * to show a speedup the clock can tell from noise.
     */
    public boolean spare() {
        return cores >= 2 && coresUsed >= 1 + (cores - 1) / 2.0;
    }

    /** The cores the JVM could use together, between one and all of them: what a parallel run can share work by. */
    public double usable() {
        return Math.clamp(coresUsed, 1, cores);
    }

    public String story() {
        return String.format(Locale.ROOT, "before your code was loaded, %d threads spinning together got %.2f of"
                + " the %d cores", cores, coresUsed, cores);
    }

    private static double spinTogether(int threads) {
        CountDownLatch start = new CountDownLatch(1);
        long[] cpu = new long[threads];
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            spinners.add(Thread.ofPlatform().daemon().name("overlap-calibration-" + i).start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long before = CpuClock.currentThreadNanos();
                long until = System.nanoTime() + WINDOW_NANOS;
                long sink = 0;
                while (System.nanoTime() < until) {
                    sink = sink * 31 + until;
                }
                cpu[index] = sink == 42 ? 0 : CpuClock.currentThreadNanos() - before;
            }));
        }
        start.countDown();
        for (Thread spinner : spinners) {
            try {
                spinner.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        long total = 0;
        for (long used : cpu) {
            total += Math.max(0, used);
        }
        return (double) total / WINDOW_NANOS;
    }
}
