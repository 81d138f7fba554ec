package dev.overlap.isolate;

import dev.overlap.rules.SubmissionClasses;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts a JVM for one exercise's checks, feeds it the nonce and seed, listens to its messages and
 * ends it at the time limit. The grading JVM alone turns what it heard into a grade.
 */
public final class Fork {

    private static final int ERROR_LIMIT = 16 * 1024;

    private Fork() {
    }

    public static ForkOutcome run(ForkSpec spec) throws IOException, InterruptedException {
        String nonce = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Process process = new ProcessBuilder(command(spec)).start();
        try (Writer stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write(nonce + "\n" + spec.seed() + "\n");
        }

        List<ForkMessage> messages = new CopyOnWriteArrayList<>();
        CappedOutput stray = new CappedOutput(ForkedMain.OUTPUT_LIMIT);
        CappedOutput errors = new CappedOutput(ERROR_LIMIT);
        Thread stdout = Thread.ofVirtual().start(() -> readMessages(process.getInputStream(), nonce, messages, stray));
        Thread stderr = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), errors));

        boolean finished = process.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
        Optional<String> dump = Optional.empty();
        if (!finished) {
            dump = ThreadDump.learnerFrames(process.pid(), spec.submissionClasses());
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        stdout.join(TimeUnit.SECONDS.toMillis(5));
        stderr.join(TimeUnit.SECONDS.toMillis(5));
        return outcome(messages, !finished, process.exitValue(), stray, errors, dump);
    }

    private static ForkOutcome outcome(List<ForkMessage> messages, boolean timedOut, int exitCode,
                                       CappedOutput stray, CappedOutput errors, Optional<String> dump) {
        List<ForkMessage> results = messages.stream().filter(m -> m.event().equals(ForkMessage.FINISHED)).toList();
        Optional<String> running = messages.stream().filter(m -> m.event().equals(ForkMessage.STARTED))
                .map(ForkMessage::check)
                .filter(check -> results.stream().noneMatch(result -> result.check().equals(check)))
                .reduce((first, second) -> second);
        Optional<ForkMessage> done = messages.stream().filter(m -> m.event().equals(ForkMessage.DONE)).findFirst();
        Optional<String> limit = messages.stream().filter(m -> m.event().equals(ForkMessage.LIMIT))
                .map(ForkMessage::feedback).findFirst();
        String output = done.map(ForkMessage::output).orElse("") + stray.text();
        return new ForkOutcome(results, running, done.isPresent(), timedOut, exitCode, limit, output,
                errors.text(), dump);
    }

    private static List<String> command(ForkSpec spec) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + spec.heapMegabytes() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-D" + SubmissionClasses.LOCATION_PROPERTY + "=" + spec.submissionClasses());
        command.add("-cp");
        // The kit's classes come first, so a submission cannot replace them with classes of the same name.
        List<Path> classpath = new ArrayList<>(spec.graderClasspath());
        classpath.add(spec.submissionClasses());
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(ForkedMain.class.getName());
        command.add(spec.checkClass());
        command.add(Integer.toString(spec.maxPlatformThreads()));
        return command;
    }

    private static void readMessages(InputStream in, String nonce, List<ForkMessage> messages, CappedOutput stray) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Optional<ForkMessage> message = Channel.parse(nonce, line);
                if (message.isPresent()) {
                    messages.add(message.get());
                } else {
                    stray.append(line + "\n");
                }
            }
        } catch (IOException e) {
            stray.append("[reading the checks' output failed: " + e.getMessage() + "]\n");
        }
    }

    private static void copy(InputStream in, CappedOutput out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            out.append("[reading the error stream failed: " + e.getMessage() + "]\n");
        }
    }
}
