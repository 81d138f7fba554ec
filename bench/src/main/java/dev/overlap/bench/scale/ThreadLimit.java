package dev.overlap.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How many platform threads this machine can give a probe. Every platform thread is a kernel task, and
 * Linux allows at most {@code kernel.pid_max} (and {@code kernel.threads-max}) of them machine-wide; past
 * that every process on the machine fails to start threads, not only the probe. So the probe is capped
 * below the kernel's limit, leaving a reserve for everything else that runs.
 *
 * @param kernelLimit the kernel's machine-wide limit on tasks, or 0 where it cannot be read
 * @param inUse       tasks alive on the machine now
 * @param cap         the most platform threads a probe starts
 * @param source      where the figures came from, for the report
 */
public record ThreadLimit(long kernelLimit, long inUse, int cap, String source) {

    private static final long MIN_RESERVE = 4096;
    private static final int NO_CAP = Integer.MAX_VALUE;

    /** {@code auto}: below the kernel's limit with a reserve; {@code none}: no cap; or a number. */
    public static ThreadLimit of(String setting) {
        OptionalLong pidMax = read("/proc/sys/kernel/pid_max");
        OptionalLong threadsMax = read("/proc/sys/kernel/threads-max");
        long kernel = Math.min(pidMax.orElse(Long.MAX_VALUE), threadsMax.orElse(Long.MAX_VALUE));
        long inUse = tasksInUse();
        String source = "kernel.pid_max=" + text(pidMax) + ", kernel.threads-max=" + text(threadsMax)
                + ", tasks in use=" + (inUse < 0 ? "?" : inUse);
        if (kernel == Long.MAX_VALUE) {
            kernel = 0;
        }
        int cap = switch (setting) {
            case "none" -> NO_CAP;
            case "auto" -> kernel == 0 ? 10_000
                    : (int) Math.max(0, kernel - Math.max(inUse, 0) - Math.max(MIN_RESERVE, kernel / 4));
            default -> Integer.parseInt(setting);
        };
        return new ThreadLimit(kernel, inUse, cap, source + ", cap=" + (cap == NO_CAP ? "none" : cap)
                + " (" + setting + ")");
    }

    /** The fourth field of {@code /proc/loadavg} is "running/total" kernel tasks. */
    private static long tasksInUse() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/loadavg")).getFirst().trim().split("\\s+");
            return Long.parseLong(fields[3].substring(fields[3].indexOf('/') + 1));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static OptionalLong read(String file) {
        try {
            // Line by line: a whole-file read of a sysctl file can come back short (its size reads as 0).
            return OptionalLong.of(Long.parseLong(Files.readAllLines(Path.of(file)).getFirst().trim()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static String text(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : "?";
    }
}
