package dev.overlap.proof;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Other processes that keep cores busy while the benchmark grades: what a neighbour on a shared
 * machine does. Each is a JVM running {@link BusyCore}; closing this ends them.
 */
final class CompetingLoad implements AutoCloseable {

    private final List<Process> processes;

    private CompetingLoad(List<Process> processes) {
        this.processes = processes;
    }

    /** Starts {@code cores} busy processes of one thread each; zero starts none. */
    static CompetingLoad start(int cores) throws IOException {
        List<Process> started = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < cores; i++) {
            started.add(new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                    BusyCore.class.getName()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        return new CompetingLoad(started);
    }

    int size() {
        return processes.size();
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
