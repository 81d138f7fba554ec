package threetasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Half-way through a change: a result is added as the wrong type. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        List<String> results = new ArrayList<>();
        for (Callable<String> task : tasks) {
            results.add(task);
        }
        return results;
    }
}
