package animals;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Start the API first (see README), then run this from your IDE: {@code Visit [api] [maxInFlight]}. It prints the
 * report of {@link Zoo#report} and how long it took.
 */
public final class Visit {

    private Visit() {
    }

    public static void main(String[] args) throws Exception {
        URI api = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int maxInFlight = args.length > 1 ? Integer.parseInt(args[1]) : 4;

        try (HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            ZooReport report = Zoo.report(http, api, maxInFlight);
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            System.out.print(report);
            System.out.println("in " + elapsedMillis + " ms");
        }
    }
}
