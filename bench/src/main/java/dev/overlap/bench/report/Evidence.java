package dev.overlap.bench.report;

import dev.overlap.measure.Call;
import dev.overlap.measure.Recorder;
import java.util.List;

/**
 * What a recorder saw during one run of a way, the deterministic witness beside the times: how many
 * calls were in flight at once, and how many threads ran them (and how many of those were virtual).
 */
record Evidence(int peakInFlight, long threads, long virtualThreads) {

    static Evidence of(Recorder recorder) {
        List<Call> calls = recorder.calls();
        return new Evidence(recorder.peakInFlight(), calls.stream().map(Call::thread).distinct().count(),
                calls.stream().filter(Call::virtual).map(Call::thread).distinct().count());
    }

    String threadsText() {
        return threads + (virtualThreads == 0 ? " platform" : virtualThreads == threads ? " virtual"
                : " (" + virtualThreads + " virtual)");
    }
}
