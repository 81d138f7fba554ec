package dev.overlap.bench.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs in a JVM of its own, started by {@link ScaleRun}: starts {@code n} threads of one kind, each of which
 * parks at a gate; once every started thread is parked there (all {@code n} waits are in progress at once),
 * opens the gate, and each thread then sleeps {@code waitMillis}, as a call to a slow service would wait.
 * Platform threads stop at {@code cap}, so a probe cannot take every process id the machine has.
 *
 * <p>Prints one line: {@code probe} and tab-separated {@code key=value} pairs, the error (if any) last.
 */
public final class ScaleProbe {

    private ScaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        ThreadKind kind = ThreadKind.valueOf(args[0].toUpperCase(Locale.ROOT));
        int requested = Integer.parseInt(args[1]);
        long waitMillis = Long.parseLong(args[2]);
        int cap = Integer.parseInt(args[3]);

        AtomicBoolean open = new AtomicBoolean();
        AtomicInteger parked = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        Runnable wait = () -> {
            parked.incrementAndGet();
            while (!open.get()) {
                LockSupport.park();
            }
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.incrementAndGet();
        };

        long rssBefore = kilobytes("VmRSS");
        int limit = Math.min(requested, cap);
        List<Thread> threads = new ArrayList<>(limit);
        String error = "";
        long start = System.nanoTime();
        try {
            while (threads.size() < limit) {
                threads.add(kind.builder().start(wait));
            }
        } catch (OutOfMemoryError | InternalError e) {
            // Out of native threads: the JVM says so with an error, and stays alive to report it.
            error = e.toString();
        }
        int started = threads.size();
        awaitCount(parked, started);
        long allParked = System.nanoTime();
        long rssParked = kilobytes("VmRSS");
        long heapParked = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        // One unpark per thread from here: a latch would wake them one after another through each other.
        open.set(true);
        threads.forEach(LockSupport::unpark);
        awaitCount(finished, started);
        long end = System.nanoTime();

        System.out.println(String.join("\t", "probe", "kind=" + kind.id(), "requested=" + requested,
                "started=" + started, "capped=" + (error.isEmpty() && started < requested),
                "start_ms=" + millis(allParked - start), "wait_ms=" + millis(end - allParked),
                "total_ms=" + millis(end - start), "peak_waiting=" + parked.get(), "rss_before_kb=" + rssBefore,
                "rss_parked_kb=" + rssParked, "rss_peak_kb=" + kilobytes("VmHWM"), "heap_parked_kb=" + heapParked,
                "error=" + error.replace('\t', ' ').replace('\n', ' ')));
    }

    private static void awaitCount(AtomicInteger count, int target) throws InterruptedException {
        while (count.get() < target) {
            Thread.sleep(1);
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** A figure of this process's memory from Linux's {@code /proc/self/status}; -1 where there is none. */
    private static long kilobytes(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
