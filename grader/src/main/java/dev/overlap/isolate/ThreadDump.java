package dev.overlap.isolate;

import java.io.IOException;
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
 * threads that were inside the submission, each with the call it was stuck in and the learner's frames.
 */
final class ThreadDump {

    private static final int MAX_THREADS = 8;

    private ThreadDump() {
    }

    static Optional<String> learnerFrames(long pid, Path submissionClasses) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
            byte[] bytes = jcmd.getInputStream().readAllBytes();
            if (!jcmd.waitFor(10, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return Optional.empty();
            }
            return summarize(new String(bytes, StandardCharsets.UTF_8), classNames(submissionClasses));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<String> summarize(String dump, Set<String> learnerClasses) {
        List<String> shown = new ArrayList<>();
        for (String thread : dump.split("\n\n")) {
            List<String> lines = thread.lines().toList();
            if (lines.isEmpty() || !lines.getFirst().startsWith("\"")) {
                continue;
            }
            List<String> frames = lines.stream().map(String::strip).filter(line -> line.startsWith("at ")).toList();
            List<String> mine = frames.stream().filter(frame -> isLearnerFrame(frame, learnerClasses)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            String name = lines.getFirst().substring(1, lines.getFirst().indexOf('"', 1));
            StringBuilder text = new StringBuilder("thread \"").append(name).append("\" waiting in ")
                    .append(frames.getFirst().substring(3));
            mine.forEach(frame -> text.append("\n    ").append(frame));
            shown.add(text.toString());
        }
        return shown.isEmpty() ? Optional.empty()
                : Optional.of(shown.stream().limit(MAX_THREADS).collect(Collectors.joining("\n")));
    }

    private static boolean isLearnerFrame(String frame, Set<String> learnerClasses) {
        String method = frame.substring(3, frame.contains("(") ? frame.indexOf('(') : frame.length());
        int dot = method.lastIndexOf('.');
        String owner = dot < 0 ? method : method.substring(0, dot);
        int lambda = owner.indexOf('$');
        return learnerClasses.contains(lambda < 0 ? owner : owner.substring(0, lambda));
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
