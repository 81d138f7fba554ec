package parallelmath;

import java.time.Duration;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.stream.LongStream;

/** The tasks split by a parallel stream; the range too, counted in a field that every worker adds to. */
public final class ParallelMath {

    private static long count;

    private ParallelMath() {
    }

    /** Computes every task once, the tasks in parallel, and returns the results in the order of {@code tasks}. */
    public static List<Long> computeAll(List<HeavyTask> tasks) {
        // map keeps each result beside its task, and toList puts them back in the list's order,
        // whichever thread finished first.
        return tasks.parallelStream().map(HeavyTask::compute).toList();
    }

    /** Counts the numbers {@code n} with {@code from <= n < to} for which {@code isPrime} answers yes. */
    public static long countPrimes(long from, long to, LongPredicate isPrime) {
        count = 0;
        // The mistake: every worker of the stream adds to the same field, and two cores can add at the same moment.
        LongStream.range(from, to).parallel().forEach(n -> {
            if (isPrime.test(n)) {
                count++;
            }
        });
        return count;
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
