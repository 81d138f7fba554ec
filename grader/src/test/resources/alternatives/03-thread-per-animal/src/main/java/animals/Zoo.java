package animals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * The zoo's report, every animal fetched on a virtual thread of its own, at most {@code maxInFlight}
 * requests at once.
 *
 * <p>The threads are started by hand and joined at the end. Each writes its animal into the slot of
 * the array that matches its place in the list, so the report keeps the API's order without any
 * thread-safe collection.
 */
public final class Zoo {

    private Zoo() {
    }

    public static ZooReport report(HttpClient http, URI api, int maxInFlight) throws IOException, InterruptedException {
        AnimalsClient client = new AnimalsClient(http, api);
        List<String> ids = client.ids();
        Animal[] animals = new Animal[ids.size()];
        Exception[] failures = new Exception[ids.size()];
        // The limit is on requests, not threads: every animal gets a thread, only maxInFlight get a permit.
        Semaphore permits = new Semaphore(maxInFlight);

        List<Thread> fetches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int slot = i;
            fetches.add(Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                    try {
                        animals[slot] = client.animal(ids.get(slot));
                    } finally {
                        permits.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures[slot] = e;
                } catch (IOException | RuntimeException e) {
                    failures[slot] = e;
                }
            }));
        }
        // Joining every thread also makes their writes to the arrays visible here.
        for (Thread fetch : fetches) {
            fetch.join();
        }
        for (Exception failure : failures) {
            switch (failure) {
                case null -> { }
                case IOException e -> throw e;
                case InterruptedException e -> throw e;
                case RuntimeException e -> throw e;
                default -> throw new IOException(failure);
            }
        }
        return new ZooReport(Arrays.asList(animals));
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
