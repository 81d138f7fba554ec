package dev.overlap.isolate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A thread dump of a checks JVM that hit its time limit, cut down to what a learner can act on: the
 * threads that were inside the submission, each with the call it was stuck in, the learner's frames
 * and the locks they held or waited for. Virtual threads are included ({@code Thread.dump_to_file}),
 * since a deadlock between two virtual threads is invisible to the classic {@code Thread.print}.
 */
final class ThreadDump {

    private static final int MAX_THREADS = 8;
    private static final int MAX_FRAMES = 12;
    private static final int MAX_DUMP_BYTES = 4 * 1024 * 1024;
    private static final long JCMD_SECONDS = 15;

    private ThreadDump() {
    }

    static Optional<String> learnerFrames(long pid, Path submissionClasses, Path scratch) {
        Path file = scratch.resolve("threads-" + pid + ".txt");
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "Thread.dump_to_file", "-format=text", file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!jcmd.waitFor(JCMD_SECONDS, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return Optional.empty();
            }
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                String dump = new String(in.readNBytes(MAX_DUMP_BYTES), StandardCharsets.UTF_8);
                return summarize(dump, classNames(submissionClasses));
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Reads the text format of {@code Thread.dump_to_file}: a header {@code #22 "name" virtual BLOCKED ...}
     * per thread, then its frames ({@code at ...} since JDK 25, bare before) and lock lines ({@code - ...}).
     */
    static Optional<String> summarize(String dump, Set<String> learnerClasses) {
        List<String> shown = new ArrayList<>();
        for (String block : dump.split("\\R\\s*\\R")) {
            List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (lines.isEmpty() || !lines.getFirst().startsWith("#")) {
                continue;
            }
            List<String> frames = lines.stream().skip(1).filter(line -> !line.startsWith("- "))
                    .map(line -> line.startsWith("at ") ? line.substring(3) : line).toList();
            if (frames.stream().noneMatch(frame -> isLearnerFrame(frame, learnerClasses))) {
                continue;
            }
            // The call it waits in, unless that is the learner's own frame, which follows anyway.
            StringBuilder text = new StringBuilder(describe(lines.getFirst()));
            if (!isLearnerFrame(frames.getFirst(), learnerClasses)) {
                text.append(" in ").append(frames.getFirst());
            }
            int kept = 0;
            boolean showing = false;
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("- ")) {
                    if (showing) {
                        text.append("\n        ").append(line);
                    }
                    continue;
                }
                String frame = line.startsWith("at ") ? line.substring(3) : line;
                showing = isLearnerFrame(frame, learnerClasses) && kept < MAX_FRAMES;
                if (showing) {
                    kept++;
                    text.append("\n    at ").append(frame);
                }
            }
            shown.add(text.toString());
        }
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        String more = shown.size() > MAX_THREADS ? "\n... and " + (shown.size() - MAX_THREADS) + " more threads" : "";
        return Optional.of(shown.stream().limit(MAX_THREADS).collect(Collectors.joining("\n")) + more);
    }

    /** {@code #22 "" virtual BLOCKED 2026-...} becomes {@code virtual thread #22 (BLOCKED)}. */
    private static String describe(String header) {
        int open = header.indexOf('"');
        int close = header.indexOf('"', open + 1);
        if (open < 0 || close < 0) {
            return "thread " + header;
        }
        String id = header.substring(0, open).strip();
        String name = header.substring(open + 1, close);
        List<String> words = List.of(header.substring(close + 1).strip().split("\\s+"));
        boolean virtual = words.contains("virtual");
        String state = words.stream().filter(word -> word.matches("[A-Z_]+")).findFirst().map(s -> " (" + s + ")")
                .orElse("");
        return (virtual ? "virtual thread " : "thread ") + id + (name.isEmpty() ? "" : " \"" + name + "\"") + state;
    }

    private static boolean isLearnerFrame(String frame, Set<String> learnerClasses) {
        String method = frame.substring(0, frame.contains("(") ? frame.indexOf('(') : frame.length());
        method = method.substring(method.indexOf('/') + 1);
        int dot = method.lastIndexOf('.');
        String owner = dot < 0 ? method : method.substring(0, dot);
        int nested = owner.indexOf('$');
        return learnerClasses.contains(nested < 0 ? owner : owner.substring(0, nested));
    }

    private static Set<String> classNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString().replace(java.io.File.separatorChar, '.'))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .map(name -> name.contains("$") ? name.substring(0, name.indexOf('$')) : name)
                    .collect(Collectors.toSet());
        }
    }
}
