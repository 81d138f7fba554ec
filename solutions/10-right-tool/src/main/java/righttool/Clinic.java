package righttool;

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

/**
 * The zoo's yearly checkup, each half with the tool made for it.
 *
 * <p>Fetching waits: a virtual thread per animal costs almost nothing while it waits, and a semaphore
 * keeps the requests in flight at the API's limit. Examining computes: a parallel stream hands the
 * animals to the common fork-join pool, about one thread per core, because more threads than cores
 * would only take turns on them.
 */
public final class Clinic {

    private Clinic() {
    }

    /**
     * Fetches every animal, never more than {@code maxInFlight} requests at once, and examines each one.
     * The result lists the animals in the order {@code GET /animals} gives them.
     */
    public static List<Examined> examineAll(HttpClient http, URI api, int maxInFlight, Checkup checkup)
            throws IOException, InterruptedException {
        List<Animal> animals = fetchAll(new AnimalsClient(http, api), maxInFlight);
        // map keeps each score beside its animal, and toList puts them back in the list's order.
        return animals.parallelStream().map(animal -> new Examined(animal, checkup.examine(animal))).toList();
    }

    private static List<Animal> fetchAll(AnimalsClient client, int maxInFlight)
            throws IOException, InterruptedException {
        Semaphore permits = new Semaphore(maxInFlight);
        // Closing the executor waits for every fetch, so no request outlives this method.
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Animal>> fetches = new ArrayList<>();
            for (String id : client.ids()) {
                fetches.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        return client.animal(id);
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<Animal> animals = new ArrayList<>();
            for (Future<Animal> fetch : fetches) {
                animals.add(resultOf(fetch));
            }
            return animals;
        }
    }

    private static Animal resultOf(Future<Animal> fetch) throws IOException, InterruptedException {
        try {
            return fetch.get();
        } catch (ExecutionException e) {
            // Rethrow what the request threw, as the sequential version would.
            switch (e.getCause()) {
                case IOException cause -> throw cause;
                case InterruptedException cause -> throw cause;
                case RuntimeException cause -> throw cause;
                default -> throw new IOException(e.getCause());
            }
        }
    }
}
