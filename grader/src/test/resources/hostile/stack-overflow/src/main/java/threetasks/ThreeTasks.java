package threetasks;

import java.util.List;
import java.util.concurrent.Callable;

/** A recursion without a base case. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        return runAll(tasks.subList(0, tasks.size()));
    }
}
