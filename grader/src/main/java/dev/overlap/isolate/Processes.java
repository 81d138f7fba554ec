package dev.overlap.isolate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What every process the grader starts for a submission shares: the environment it gets, and how it ends. */
final class Processes {

    /** An almost empty environment: no CI secrets for submission code to print into a report. */
    private static final Set<String> KEPT_ENVIRONMENT = Set.of("PATH", "LANG", "LC_ALL", "TZ", "SystemRoot");

    private Processes() {
    }

    /** A process of {@code command}, started in {@code folder} with the kept environment only. */
    static ProcessBuilder builder(List<String> command, Path folder) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().keySet().retainAll(KEPT_ENVIRONMENT);
        return builder;
    }

    /** Ends the process and everything it started (a sandbox starts the JVM as its child), and waits for it. */
    static void end(Process process) throws InterruptedException {
        kill(process);
        process.waitFor();
    }

    /** Ends the process and everything it started, without waiting for it to go. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Copies a process's stream into {@code out} until it ends; {@code what} names the stream if reading fails. */
    static void drain(InputStream in, CappedOutput out, String what) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            out.append("[reading " + what + " failed: " + e.getMessage() + "]\n");
        }
    }
}
