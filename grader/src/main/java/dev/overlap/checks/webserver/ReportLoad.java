package dev.overlap.checks.webserver;

import dev.overlap.measure.Recorder;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The same reports seen two ways: as the archive the submission's server asks, and as plain waiting
 * tasks for the kit's baseline (one after another, as a one-client-at-a-time server would) and its
 * reference (all at once). Both record on the same recorder.
 */
record ReportLoad(RecordedArchive archive, List<String> topics, List<WaitingTask> asTasks) {

    /** Topics and salt are drawn anew for every run, so no report carries over from one run to the next. */
    static ReportLoad of(Recorder recorder, int reports, Duration latency, RandomGenerator random) {
        RecordedArchive archive = RecordedArchive.waiting(recorder, latency, HexFormat.of().toHexDigits(random.nextLong()));
        List<String> topics = IntStream.range(0, reports)
                .mapToObj(i -> "topic-" + HexFormat.of().toHexDigits(random.nextInt())).toList();
        return new ReportLoad(archive, topics, topics.stream().map(topic -> new WaitingTask(recorder,
                RecordedArchive.label(topic), latency, archive.reportOn(topic))).toList());
    }

    List<String> labels() {
        return asTasks.stream().map(WaitingTask::label).toList();
    }

    /** What the clients must be answered, in the order they asked: each topic with its report. */
    List<String> replies() {
        return topics.stream().map(topic -> "REPORT " + topic + ": " + archive.reportOn(topic)).toList();
    }
}
