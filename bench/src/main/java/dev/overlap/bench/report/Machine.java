package dev.overlap.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a figure was taken on: timings mean little without its cores, its JDK and how busy it was. */
public record Machine(int cores, String cpu, long memoryMb, String jdk, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), procField("/proc/cpuinfo", "model name"),
                parseKb(procField("/proc/meminfo", "MemTotal")) / 1024,
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"));
    }

    /**
     * The load average over the last minute, five and fifteen, as {@code uptime} prints it. On a machine
     * with few cores, a load above the core count means the figures beside it were taken while other work
     * competed for the cores.
     */
    public static String load() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/loadavg")).getFirst().trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            double average = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return average < 0 ? "?" : String.format(Locale.ROOT, "%.2f", average);
        }
    }

    /** The one-minute load average alone, for a table column. */
    public static String loadNow() {
        String load = load();
        int comma = load.indexOf(',');
        return comma < 0 ? load : load.substring(0, comma);
    }

    public String describe() {
        return cores + " cores (" + cpu + "), " + memoryMb + " MB memory, " + jdk + ", " + os;
    }

    private static String procField(String file, String name) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long parseKb(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}
