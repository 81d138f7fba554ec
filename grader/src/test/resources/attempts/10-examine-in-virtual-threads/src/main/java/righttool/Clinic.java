package righttool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
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
        AnimalsClient client = new AnimalsClient(http, api);
        Semaphore permits = new Semaphore(maxInFlight);
        // Closing the executor waits for every fetch, so no request outlives this method.
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Examined>> fetches = new ArrayList<>();
            for (String id : client.ids()) {
                fetches.add(executor.submit(() -> {
                    Animal animal;
                    permits.acquire();
                    try {
                        animal = client.animal(id);
                    } finally {
                        permits.release();
                    }
                    // Examined right away, on the virtual thread that fetched it.
                    return new Examined(animal, checkup.examine(animal));
                }));
            }
            List<Examined> examined = new ArrayList<>();
            for (Future<Examined> fetch : fetches) {
                examined.add(resultOf(fetch));
            }
            return examined;
        }
    }

    private static Examined resultOf(Future<Examined> fetch) throws IOException, InterruptedException {
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

    public static void main(String[] args) throws Exception {
        URI api = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int maxInFlight = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int cores = Runtime.getRuntime().availableProcessors();

        try (HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            List<Examined> examined = examineAll(http, api, maxInFlight, Checkups.hashChain(300_000));
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            examined.forEach(one -> System.out.println(one.animal().name() + " the " + one.animal().species()
                    + ": " + Long.toHexString(one.score())));
            System.out.println(examined.size() + " checkups in " + elapsedMillis + " ms on " + cores + " cores");
        }
    }
}
