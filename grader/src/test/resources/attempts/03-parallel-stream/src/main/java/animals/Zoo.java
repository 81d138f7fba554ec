package animals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

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
        // The common pool decides how many requests wait at once.
        return new ZooReport(client.ids().parallelStream().map(id -> fetch(client, id)).toList());
    }

    private static Animal fetch(AnimalsClient client, String id) {
        try {
            return client.animal(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
