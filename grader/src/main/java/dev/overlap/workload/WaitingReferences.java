package dev.overlap.workload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The kit's own ways to run a list of waiting calls, against which submissions are timed. */
public final class WaitingReferences {

    private WaitingReferences() {
    }

    /** The baseline: each call waits for the previous one, so the waits add up. */
    public static <T> List<T> oneAfterAnother(List<? extends Callable<T>> calls) throws Exception {
        List<T> results = new ArrayList<>(calls.size());
        for (Callable<T> call : calls) {
            results.add(call.call());
        }
        return results;
    }

    /** The reference: every call on its own virtual thread, so the waits overlap. */
    public static <T> List<T> allAtOnce(List<? extends Callable<T>> calls) throws Exception {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>(calls.size());
            for (Callable<T> call : calls) {
                futures.add(executor.submit(call));
            }
            List<T> results = new ArrayList<>(calls.size());
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
