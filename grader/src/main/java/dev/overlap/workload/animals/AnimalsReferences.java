package dev.overlap.workload.animals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/** The kit's own ways to fetch every animal of an Animals API, against which submissions are timed. */
public final class AnimalsReferences {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnimalsReferences() {
    }

    /** The baseline: the list of ids, then each animal once the previous one has arrived. */
    public static List<String> oneAtATime(HttpClient http, URI api) throws IOException, InterruptedException {
        List<String> animals = new ArrayList<>();
        for (String id : ids(http, api)) {
            animals.add(Requests.get(http, api.resolve("animals/" + id)));
        }
        return animals;
    }

    /** The reference: the list of ids, then every animal on its own virtual thread, {@code limit} at a time. */
    public static List<String> atMost(int limit, HttpClient http, URI api) throws Exception {
        Semaphore permits = new Semaphore(limit);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> fetches = new ArrayList<>();
            for (String id : ids(http, api)) {
                fetches.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        return Requests.get(http, api.resolve("animals/" + id));
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<String> animals = new ArrayList<>();
            for (Future<String> fetch : fetches) {
                animals.add(fetch.get());
            }
            return animals;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static List<String> ids(HttpClient http, URI api) throws IOException, InterruptedException {
        return JSON.readValue(Requests.get(http, api.resolve("animals")), new TypeReference<>() { });
    }
}
