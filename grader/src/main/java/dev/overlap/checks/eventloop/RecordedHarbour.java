package dev.overlap.checks.eventloop;

import dev.overlap.measure.Recorder;
import dev.overlap.workload.CourseKernel;
import eventloop.Harbour;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The grader's harbour: a manifest waits for a fixed latency, a plot computes for a calibrated number
 * of rounds, and both are recorded with the thread they ran on. Answers depend on a salt, so they
 * cannot be known in advance. Each thread's last call is kept too, with the line of the submission that made it,
 * to say where a thread that later completes an answer off the loop came from.
 */
final class RecordedHarbour implements Harbour {

    private final Recorder recorder;
    private final Duration latency;
    private final int rounds;
    private final String salt;
    private final Map<Long, String> lastCallByThread = new ConcurrentHashMap<>();

    RecordedHarbour(Recorder recorder, Duration latency, int rounds, String salt) {
        this.recorder = recorder;
        this.latency = latency;
        this.rounds = rounds;
        this.salt = salt;
    }

    static String manifestLabel(String ship) {
        return "manifest " + ship;
    }

    static String plotLabel(long sounding) {
        return "plot " + sounding;
    }

    String manifestOf(String ship) {
        return "cargo " + HexFormat.of().toHexDigits(Objects.hash(salt, ship));
    }

    long plotOf(long sounding) {
        return CourseKernel.mix(sounding ^ salt.hashCode(), rounds);
    }

    /** What the current thread last did for the harbour, and from where: "waited for manifest Beagle-m0 in ...". */
    Optional<String> lastCallOfThisThread() {
        return Optional.ofNullable(lastCallByThread.get(Thread.currentThread().threadId()));
    }

    @Override
    public String manifest(String ship) throws InterruptedException {
        remember("waited for the " + manifestLabel(ship));
        return recorder.record(manifestLabel(ship), () -> {
            Thread.sleep(latency);
            return manifestOf(ship);
        });
    }

    @Override
    public long plot(long sounding) {
        remember("computed " + plotLabel(sounding));
        return recorder.recordCpu(plotLabel(sounding), () -> plotOf(sounding));
    }

    private void remember(String call) {
        lastCallByThread.put(Thread.currentThread().threadId(),
                call + SubmissionFrame.innermost().map(frame -> ", called from " + frame).orElse(""));
    }
}
