package dev.overlap.bench.cpu;

import dev.overlap.measure.Recorder;
import dev.overlap.workload.CourseKernel;
import java.util.concurrent.Callable;

/**
 * One CPU-bound task: the grader's {@link CourseKernel} for a fixed number of rounds, recorded. The rounds
 * are fixed rather than calibrated to a duration, so every way of running the tasks does exactly the same work.
 */
public record KernelTask(Recorder recorder, long seed, int rounds) implements Callable<Long> {

    @Override
    public Long call() throws Exception {
        return recorder.record("kernel " + seed, () -> CourseKernel.mix(seed, rounds));
    }

    /** For streams, which take no checked exceptions; the kernel itself throws none. */
    public long compute() {
        try {
            return call();
        } catch (Exception e) {
            throw new IllegalStateException("the kernel cannot fail, yet " + this + " did", e);
        }
    }
}
