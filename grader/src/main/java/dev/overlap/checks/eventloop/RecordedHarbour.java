package dev.overlap.checks.eventloop;

import dev.overlap.measure.Recorder;
import dev.overlap.workload.CourseKernel;
import eventloop.Harbour;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The grader's harbour: a manifest waits for a fixed latency, a plot computes for a calibrated number
 * of rounds, and both are recorded with the thread they ran on. Answers depend on a salt, so they
 * cannot be known in advance.
 */
final class RecordedHarbour implements Harbour {

    private final Recorder recorder;
    private final Duration latency;
    private final int rounds;
    private final String salt;

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

    @Override
    public String manifest(String ship) throws InterruptedException {
        return recorder.record(manifestLabel(ship), () -> {
            Thread.sleep(latency);
            return manifestOf(ship);
        });
    }

    @Override
    public long plot(long sounding) {
        return recorder.record(plotLabel(sounding), () -> plotOf(sounding));
    }
}
