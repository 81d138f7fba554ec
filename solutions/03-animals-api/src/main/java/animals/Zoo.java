package animals;

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
 * The zoo's report, with every animal requested on its own virtual thread and a semaphore that keeps
 * the requests in flight under the API's limit.
 *
 * <p>The semaphore limits the requests, not the threads: every animal still gets a virtual thread,
 * which waits for a permit as cheaply as it waits for an answer. With a limit of four, twelve animals
 * take three rounds of 200 ms instead of twelve.
 */
public final class Zoo {

    private Zoo() {
    }

    public static ZooReport report(HttpClient http, URI api, int maxInFlight) throws IOException, InterruptedException {
        AnimalsClient client = new AnimalsClient(http, api);
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
                        // Released in finally: a failed request must not keep its permit for ever.
                        permits.release();
                    }
                }));
            }
            // Collect in the order of the list, whatever order the answers came in.
            List<Animal> animals = new ArrayList<>();
            for (Future<Animal> fetch : fetches) {
                animals.add(resultOf(fetch));
            }
            return new ZooReport(animals);
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
