package parallelmath;

import java.time.Duration;
import java.util.List;

/**
 * Run this from your IDE to see the results of {@link ParallelMath#computeAll}, how long they took, and on how many
 * cores; time your experiments of task 3 here too.
 */
public final class Stopwatch {

    private Stopwatch() {
    }

    public static void main(String[] args) {
        List<HeavyTask> tasks = MathTasks.fourHeavyTasks();
        int cores = Runtime.getRuntime().availableProcessors();

        long start = System.nanoTime();
        List<Long> results = ParallelMath.computeAll(tasks);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println(results + " in " + elapsedMillis + " ms on " + cores + " cores");
    }
}
