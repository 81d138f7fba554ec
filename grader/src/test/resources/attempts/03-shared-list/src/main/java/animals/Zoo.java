package animals;

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
            List<Animal> animals = new ArrayList<>();
            List<Future<?>> fetches = new ArrayList<>();
            for (String id : client.ids()) {
                fetches.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        // Each answer goes into the report as soon as it arrives.
                        animals.add(client.animal(id));
                    } finally {
                        permits.release();
                    }
                    return null;
                }));
            }
            for (Future<?> fetch : fetches) {
                resultOf(fetch);
            }
            return new ZooReport(animals);
        }
    }

    private static Object resultOf(Future<?> fetch) throws IOException, InterruptedException {
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

        try (HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            ZooReport report = report(http, api, maxInFlight);
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            System.out.print(report);
            System.out.println("in " + elapsedMillis + " ms");
        }
    }
}
