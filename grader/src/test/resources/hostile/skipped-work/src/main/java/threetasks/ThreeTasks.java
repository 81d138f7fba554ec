package threetasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Starts every task, then returns at once with whatever has finished: the waiting is skipped. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<String>> started = new ArrayList<>();
        for (Callable<String> task : tasks) {
            started.add(executor.submit(task));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> future : started) {
            results.add(future.isDone() ? future.resultNow() : "later");
        }
        return results;
    }
}
