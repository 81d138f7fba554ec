package dev.overlap.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Which threads, virtual ones included, are running a package's code right now. It reads the JDK's
 * own thread dump, the only view that lists virtual threads ({@code Thread.getAllStackTraces()} does
 * not), so a thread left behind by a submission is found whatever started it.
 */
public final class ThreadCensus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ThreadCensus() {
    }

    /** One thread with code of the package on its stack. */
    public record LiveThread(String id, String name, boolean virtual, String state, List<String> frames) {

        /** The thread as a learner reads it: its name, what it is doing, and the innermost frame of the package. */
        public String describe() {
            return ThreadCensus.describe(name, virtual) + " (" + state + ") in " + frames.getFirst();
        }
    }

    /** A thread as a learner reads it: {@code an unnamed virtual thread}, {@code platform thread "event-loop"}. */
    public static String describe(String name, boolean virtual) {
        String kind = virtual ? "virtual" : "platform";
        return name.isEmpty() ? "an unnamed " + kind + " thread" : kind + " thread \"" + name + "\"";
    }

    /** The threads that have a frame of {@code packageName} (or a sub-package) on their stack. */
    public static List<LiveThread> runningCodeOf(String packageName) {
        String prefix = packageName + ".";
        List<LiveThread> found = new ArrayList<>();
        for (JsonNode container : dump().path("threadDump").path("threadContainers")) {
            for (JsonNode thread : container.path("threads")) {
                List<String> frames = StreamSupport.stream(thread.path("stack").spliterator(), false)
                        .map(JsonNode::asText).map(ThreadCensus::withoutModule)
                        .filter(frame -> frame.startsWith(prefix)).toList();
                if (!frames.isEmpty()) {
                    found.add(new LiveThread(thread.path("tid").asText(), thread.path("name").asText(),
                            thread.path("virtual").asBoolean(false), thread.path("state").asText("?"), frames));
                }
            }
        }
        return found;
    }

    private static JsonNode dump() {
        try {
            Path folder = Files.createTempDirectory("overlap-threads-");
            Path file = folder.resolve("threads.json");
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(file.toString(), ThreadDumpFormat.JSON);
                return JSON.readTree(file.toFile());
            } finally {
                Files.deleteIfExists(file);
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not take a thread dump", e);
        }
    }

    // "java.base/java.lang.Thread.sleep(Thread.java:1)" names its module; code on the class path has none.
    private static String withoutModule(String frame) {
        int slash = frame.indexOf('/');
        int paren = frame.indexOf('(');
        return slash >= 0 && (paren < 0 || slash < paren) ? frame.substring(slash + 1) : frame;
    }
}
