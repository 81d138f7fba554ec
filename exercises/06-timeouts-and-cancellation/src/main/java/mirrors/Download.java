package mirrors;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * Start the mirrors first (see README), then run this from your IDE: it asks them for {@code /animals} through
 * {@link Mirrors#firstAnswer} and prints the answer and how long it took. Its argument is the deadline in
 * milliseconds.
 */
public final class Download {

    private Download() {
    }

    public static void main(String[] args) {
        List<URI> mirrors = List.of(URI.create("http://127.0.0.1:8080/animals"),
                URI.create("http://127.0.0.1:8081/animals"), URI.create("http://127.0.0.1:8082/animals"));
        Duration deadline = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 2000);

        try (HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            String answer = Mirrors.firstAnswer(http, mirrors, deadline, "(no mirror answered in time)");
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            System.out.println(answer + "\nin " + elapsedMillis + " ms");
        }
    }
}
