package dev.overlap.checks.webserver;

import dev.overlap.measure.Recorder;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import webserver.Archive;

/**
 * The grader's archive: every report waits for a fixed latency and is recorded. One topic can be
 * held: its report waits until the check releases it, or for a longest wait, so a check can keep a
 * slow client busy exactly as long as it needs.
 */
final class RecordedArchive implements Archive {

    private final Recorder recorder;
    private final Duration latency;
    private final String salt;
    private final Optional<Hold> hold;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** The topic whose report waits until the check releases it, and the longest it waits. */
    private record Hold(String topic, Duration longest) {
    }

    private RecordedArchive(Recorder recorder, Duration latency, String salt, Optional<Hold> hold) {
        this.recorder = recorder;
        this.latency = latency;
        this.salt = salt;
        this.hold = hold;
    }

    /** Every report waits {@code latency}; the salt makes the reports unpredictable. */
    static RecordedArchive waiting(Recorder recorder, Duration latency, String salt) {
        return new RecordedArchive(recorder, latency, salt, Optional.empty());
    }

    /** Reports are instant, except {@code topic}'s, which waits for {@link #release()} or {@code longest}. */
    static RecordedArchive holding(Recorder recorder, String topic, Duration longest, String salt) {
        return new RecordedArchive(recorder, Duration.ZERO, salt, Optional.of(new Hold(topic, longest)));
    }

    /** The report on {@code topic}, as this archive would give it. */
    String reportOn(String topic) {
        return "notes " + HexFormat.of().toHexDigits(Objects.hash(salt, topic));
    }

    static String label(String topic) {
        return "report " + topic;
    }

    @Override
    public String report(String topic) throws InterruptedException {
        return recorder.record(label(topic), () -> {
            Optional<Hold> holding = hold.filter(h -> h.topic().equals(topic));
            if (holding.isPresent()) {
                held.countDown();
                release.await(holding.get().longest().toNanos(), TimeUnit.NANOSECONDS);
            } else {
                Thread.sleep(latency);
            }
            return reportOn(topic);
        });
    }

    /** Waits until the held topic's report has begun. */
    boolean awaitHeld(Duration wait) throws InterruptedException {
        return held.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    void release() {
        release.countDown();
    }
}
