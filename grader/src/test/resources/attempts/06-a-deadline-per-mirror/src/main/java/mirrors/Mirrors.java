package mirrors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Every mirror asked at once, then their answers read in the order of the list, each within the deadline. */
public final class Mirrors {

    private Mirrors() {
    }

    public static String firstAnswer(HttpClient http, List<URI> mirrors, Duration deadline, String fallback) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> asks = mirrors.stream().map(mirror -> executor.submit(() -> ask(http, mirror)))
                    .toList();
            try {
                // The mistake: each mirror gets the whole deadline, one after another, in the order of the list.
                for (Future<String> ask : asks) {
                    try {
                        return ask.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
                    } catch (ExecutionException | TimeoutException e) {
                        // This mirror failed or is late: wait for the next one.
                    }
                }
                return fallback;
            } finally {
                asks.forEach(ask -> ask.cancel(true));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
    }

    /** Asks one mirror; a bad answer is an exception, so invokeAny does not take it as the winner. */
    static String ask(HttpClient http, URI mirror) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(mirror).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(mirror + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    public static void main(String[] args) {
        List<URI> mirrors = List.of(URI.create("http://127.0.0.1:8080/animals"),
                URI.create("http://127.0.0.1:8081/animals"), URI.create("http://127.0.0.1:8082/animals"));
        Duration deadline = Duration.ofMillis(args.length > 0 ? Long.parseLong(args[0]) : 2000);

        try (HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            String answer = firstAnswer(http, mirrors, deadline, "(no mirror answered in time)");
            long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();

            System.out.println(answer + "\nin " + elapsedMillis + " ms");
        }
    }
}
