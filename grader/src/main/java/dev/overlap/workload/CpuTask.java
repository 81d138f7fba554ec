package dev.overlap.workload;

import dev.overlap.measure.Recorder;
import java.util.function.LongSupplier;

/**
 * A kernel handed to a submission as one task: computing it is recorded (thread, busy interval and
 * the CPU time the thread used), so the grader sees where and when the work ran.
 */
public record CpuTask(Recorder recorder, String label, Kernel kernel) implements LongSupplier {

    @Override
    public long getAsLong() {
        return recorder.recordCpu(label, kernel::compute);
    }

    @Override
    public String toString() {
        return "task " + label + " (" + kernel.name() + ")";
    }
}
