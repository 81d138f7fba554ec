package ${package};

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * TODO(author): the reference solution of your exercise, with comments that say why, not what.
 *
 * <p>Every lookup waits, so each gets a virtual thread of its own, and the waits overlap.
 */
public final class ${className} {

    private ${className}() {
    }

    /** Looks up every key at once and returns the answers in the order of {@code keys}. */
    public static List<String> findAll(Lookup lookup, List<String> keys) throws Exception {
        // Closing the executor waits for every lookup, so no thread outlives this method.
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> pending = new ArrayList<>();
            for (String key : keys) {
                pending.add(executor.submit(() -> lookup.find(key)));
            }
            // Waiting only once everything has started keeps the lookups overlapping and the answers in order.
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        }
    }
}
