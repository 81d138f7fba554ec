package parallelmath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/** A thread per task, each joined before the next starts; the range split by a parallel stream. */
public final class ParallelMath {

    private ParallelMath() {
    }

    /** Computes every task once, the tasks in parallel, and returns the results in the order of {@code tasks}. */
    public static List<Long> computeAll(List<HeavyTask> tasks) {
        List<Long> results = new ArrayList<>();
        for (HeavyTask task : tasks) {
            long[] result = new long[1];
            // The mistake: a new thread per task, but joined before the next one starts.
            Thread thread = Thread.ofPlatform().start(() -> result[0] = task.compute());
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing", e);
            }
            results.add(result[0]);
        }
        return results;
    }

    /** Counts the numbers {@code n} with {@code from <= n < to} for which {@code isPrime} answers yes. */
    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        // A range splits in halves, and halves of halves, so every core gets a share of one big job.
        return LongStream.range(from, to).parallel().filter(isPrime).count();
    }

    public static void main(String[] args) {
        List<HeavyTask> tasks = MathTasks.fourHeavyTasks();
        int cores = Runtime.getRuntime().availableProcessors();

        long start = System.nanoTime();
        List<Long> results = computeAll(tasks);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println(results + " in " + elapsedMillis + " ms on " + cores + " cores");
    }
}
