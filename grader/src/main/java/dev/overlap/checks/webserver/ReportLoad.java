package dev.overlap.checks.webserver;

import dev.overlap.measure.Recorder;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.List;

/**
 * The same reports seen two ways: as the archive the submission's server asks, and as plain waiting
 * tasks for the kit's baseline (one after another, as a one-client-at-a-time server would) and its
 * reference (all at once). Both record on the same recorder.
 */
record ReportLoad(RecordedArchive archive, List<WaitingTask> asTasks) {

    static ReportLoad of(Recorder recorder, List<String> topics, Duration latency) {
        RecordedArchive archive = RecordedArchive.waiting(recorder, latency, "speed");
        return new ReportLoad(archive, topics.stream().map(topic -> new WaitingTask(recorder,
                RecordedArchive.label(topic), latency, archive.reportOn(topic))).toList());
    }
}
