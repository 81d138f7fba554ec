package threetasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Keeps every block it ever allocates. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        List<long[]> hoard = new ArrayList<>();
        while (hoard.size() >= 0) {
            hoard.add(new long[2 * 1024 * 1024]);
        }
        return List.of(String.valueOf(hoard.size()));
    }
}
