package dev.overlap.measure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Virtual threads pinned to their carrier, recorded in-process by the JDK Flight Recorder
 * ({@code jdk.VirtualThreadPinned}). A pinned virtual thread that waits holds its platform thread, as a
 * platform thread would: on Java 21 to 23 a {@code synchronized} block around a wait pins, on every
 * version a wait inside a class initialiser or under a native frame does. Starting the recorder costs
 * about a second, once per JVM, so exercises ask for it ({@code @ReportsPinning}).
 */
public final class PinnedThreads {

    /** Shorter pins are harmless and frequent; this is the JDK's own default threshold for the event. */
    static final Duration THRESHOLD = Duration.ofMillis(20);
    private static final String EVENT = "jdk.VirtualThreadPinned";
    private static final List<String> RUNTIME_PACKAGES = List.of("java.", "jdk.", "sun.", "dev.overlap.");
    private static final String SUBMISSION_CLASSES = "overlap.submission.classes";

    private static Recording recording;

    private PinnedThreads() {
    }

    /** One pin: how long, where in the code (the innermost frame outside the JDK and the kit), and why. */
    public record Pin(Instant start, Duration duration, String where, String reason) {

        public String describe() {
            return String.format(Locale.ROOT, "%d ms at %s%s", duration.toMillis(), where,
                    reason.isEmpty() ? "" : " (" + reason + ")");
        }
    }

    public static synchronized void start() {
        if (recording == null) {
            Recording started = new Recording();
            started.enable(EVENT).withThreshold(THRESHOLD).withStackTrace();
            started.setName("overlap-pinned-threads");
            started.start();
            recording = started;
        }
    }

    /**
     * The classes of the submission: those compiled into the folder the grading JVM names, or, in a
     * check run from an IDE, any class outside the JDK and the kit.
     */
    public static Predicate<String> submissionCode() {
        String folder = System.getProperty(SUBMISSION_CLASSES);
        if (folder == null) {
            return type -> RUNTIME_PACKAGES.stream().noneMatch(type::startsWith);
        }
        Path root = Path.of(folder);
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> names = files.map(root::relativize).map(Path::toString).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .collect(Collectors.toSet());
            return names::contains;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the submission's classes in " + root, e);
        }
    }

    /**
     * The pins recorded since {@code from} that happened in {@code ownCode}: pins whose stack has a frame
     * of a class it accepts, located at the innermost such frame. Pins wholly inside the JDK or the kit
     * (a class of the JDK initialised by two threads at once, say) are not the submission's doing.
     * None when the recorder was never started.
     */
    public static synchronized List<Pin> since(Instant from, Predicate<String> ownCode) {
        if (recording == null) {
            return List.of();
        }
        try {
            Path file = Files.createTempFile("overlap-pins-", ".jfr");
            try {
                recording.dump(file);
                List<Pin> pins = new ArrayList<>();
                for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
                    if (event.getEventType().getName().equals(EVENT) && !event.getStartTime().isBefore(from)) {
                        where(event, ownCode).ifPresent(where -> pins.add(new Pin(event.getStartTime(),
                                event.getDuration(), where, reason(event))));
                    }
                }
                return pins;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the flight recording", e);
        }
    }

    private static Optional<String> where(RecordedEvent event, Predicate<String> ownCode) {
        if (event.getStackTrace() == null) {
            return Optional.empty();
        }
        Optional<RecordedFrame> frame = event.getStackTrace().getFrames().stream()
                .filter(candidate -> candidate.isJavaFrame() && ownCode.test(candidate.getMethod().getType().getName()))
                .findFirst();
        return frame.map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName() + "(line "
                + f.getLineNumber() + ")");
    }

    private static String reason(RecordedEvent event) {
        return event.hasField("pinnedReason") && event.getString("pinnedReason") != null
                ? event.getString("pinnedReason") : "";
    }
}
