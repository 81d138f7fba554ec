package righttool;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * Start the API first (see README), then run this from your IDE: {@code Rounds [api] [maxInFlight]}. It prints
 * every checkup of {@link Clinic#examineAll}, how long they took, and on how many cores.
 */
public final class Rounds {

    private Rounds() {
    }

    public static void main(String[] args) throws Exception {
        URI api = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080/");
        int maxInFlight = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int cores = Runtime.getRuntime().availableProcessors();

        try (HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            List<Examined> examined = Clinic.examineAll(http, api, maxInFlight, Checkups.hashChain(300_000));
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            examined.forEach(one -> System.out.println(one.animal().name() + " the " + one.animal().species()
                    + ": " + Long.toHexString(one.score())));
            System.out.println(examined.size() + " checkups in " + elapsedMillis + " ms on " + cores + " cores");
        }
    }
}
