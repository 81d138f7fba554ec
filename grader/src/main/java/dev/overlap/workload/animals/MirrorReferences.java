package dev.overlap.workload.animals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The kit's own ways to get one answer from several mirrors of the same resource. */
public final class MirrorReferences {

    private MirrorReferences() {
    }

    /** The baseline: each mirror in turn, until one answers well. */
    public static String oneAfterAnother(HttpClient http, List<URI> mirrors) throws Exception {
        Exception last = new IllegalArgumentException("no mirrors");
        for (URI mirror : mirrors) {
            try {
                return Requests.get(http, mirror);
            } catch (IOException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * The reference: every mirror at once on its own virtual thread; the first good answer wins,
     * the others are interrupted, and closing the executor waits until they have stopped.
     */
    public static String firstGood(HttpClient http, List<URI> mirrors) throws Exception {
        List<Callable<String>> asks = mirrors.stream().<Callable<String>>map(mirror -> () -> Requests.get(http, mirror))
                .toList();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return executor.invokeAny(asks);
        }
    }
}
