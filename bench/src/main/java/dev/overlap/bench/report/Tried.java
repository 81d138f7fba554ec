package dev.overlap.bench.report;

import dev.overlap.measure.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One way of a lesson as it went: its JMH score, and the evidence of one more call of it outside JMH. */
record Tried(Way way, Score score, Evidence evidence) {

    /**
     * Each way with its score from {@code scores}, and its evidence from one call on a benchmark freshly
     * {@code prepare}d, read from the benchmark's {@code recorder}.
     */
    static List<Tried> each(List<Way> ways, Map<String, Score> scores, Runnable prepare, Supplier<Recorder> recorder)
            throws Exception {
        List<Tried> tried = new ArrayList<>();
        for (Way way : ways) {
            prepare.run();
            way.once().call();
            tried.add(new Tried(way, scores.get(way.method()), Evidence.of(recorder.get())));
        }
        return tried;
    }

    double millis() {
        return score.millis();
    }
}
