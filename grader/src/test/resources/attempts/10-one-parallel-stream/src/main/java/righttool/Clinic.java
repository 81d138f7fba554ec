package righttool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/** The zoo's yearly checkup, in one parallel stream that fetches and examines each animal. */
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
        return client.ids().parallelStream().map(id -> fetch(client, id))
                .map(animal -> new Examined(animal, checkup.examine(animal))).toList();
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
