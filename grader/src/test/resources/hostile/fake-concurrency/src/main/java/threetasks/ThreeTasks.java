package threetasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** A virtual thread per task, each joined as soon as it starts: threads without overlap. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        List<String> results = new ArrayList<>();
        for (Callable<String> task : tasks) {
            String[] result = new String[1];
            Thread thread = Thread.ofVirtual().start(() -> result[0] = call(task));
            thread.join();
            results.add(result[0]);
        }
        return results;
    }

    private static String call(Callable<String> task) {
        try {
            return task.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
