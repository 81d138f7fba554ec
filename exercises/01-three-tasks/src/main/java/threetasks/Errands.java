package threetasks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** Run this from your IDE: the three errands of the README go through {@link ThreeTasks#runAll}, timed. */
public final class Errands {

    private Errands() {
    }

    public static void main(String[] args) throws Exception {
        List<Callable<String>> tasks = List.of(
                waiting("A", Duration.ofMillis(300)),
                waiting("B", Duration.ofMillis(100)),
                waiting("C", Duration.ofMillis(200)));

        long start = System.nanoTime();
        List<String> results = ThreeTasks.runAll(tasks);
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

        System.out.println(results + " in " + elapsedMillis + " ms");
    }

    private static Callable<String> waiting(String name, Duration duration) {
        return () -> {
            Thread.sleep(duration);
            return name + " done";
        };
    }
}
