package threetasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;

/** Takes any collection instead of the list the checks pass: a different method to the JVM. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(Collection<Callable<String>> tasks) throws Exception {
        List<String> results = new ArrayList<>();
        for (Callable<String> task : tasks) {
            results.add(task.call());
        }
        return results;
    }
}
