package threetasks;

import java.util.List;
import java.util.concurrent.Callable;

/** Prints without end. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        long line = 0;
        while (line >= 0) {
            System.out.println("still working on it, line " + line++);
        }
        return List.of();
    }
}
