package threetasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Three tasks that mostly wait, run one after another.
 *
 * <p>Each task stands for a call that spends its time waiting on something else: a disk, a
 * database, a web service. While a task waits, the thread that runs it does nothing useful. Run
 * one after another, the waits add up: 300 ms + 100 ms + 200 ms = 600 ms.
 */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    /**
     * Runs every task once and returns their results in the order of {@code tasks}.
     *
     * <p>The grader calls this method with its own tasks, so keep its signature as it is.
     */
    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        List<String> results = new ArrayList<>();
        // TODO(task 1): this loop waits for each task before it starts the next one.
        for (Callable<String> task : tasks) {
            results.add(task.call());
        }
        return results;
    }
}
