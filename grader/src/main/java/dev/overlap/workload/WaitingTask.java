package dev.overlap.workload;

import dev.overlap.measure.Recorder;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * A simulated I/O call: it waits for a fixed latency, then returns its result. The wait is a
 * {@code Thread.sleep}, which parks a virtual thread and frees its carrier, exactly as a blocking
 * socket read does; each call is recorded, so the grader sees when and where it ran.
 */
public record WaitingTask(Recorder recorder, String label, Duration latency, String result)
        implements Callable<String> {

    @Override
    public String call() throws Exception {
        return recorder.record(label, () -> {
            Thread.sleep(latency);
            return result;
        });
    }

    @Override
    public String toString() {
        // Nothing that tells a timed run from another: the label is drawn anew for every run, the latency is not shown.
        return "task " + label;
    }
}
