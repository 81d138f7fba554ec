package threetasks;

import java.util.List;
import java.util.concurrent.Callable;

/** Spins on a core forever, never waiting. */
public final class ThreeTasks {

    private static volatile long spins;

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        while (spins >= 0) {
            spins++;
        }
        return List.of();
    }
}
