package mirrors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Every mirror asked at once, the race run by hand.
 *
 * <p>An {@link ExecutorCompletionService} hands back the mirrors' futures in the order they finish, so the
 * loop below sees the fastest answer first. A failed mirror is skipped; the first good answer wins. Whatever
 * ends the race (a winner, every mirror failing, the deadline, an interrupt), the futures still running are
 * cancelled with {@code cancel(true)}, which interrupts their threads and so their requests, and closing the
 * executor waits until those threads have stopped.
 */
public final class Mirrors {

    private Mirrors() {
    }

    public static String firstAnswer(HttpClient http, List<URI> mirrors, Duration deadline, String fallback) {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<String> race = new ExecutorCompletionService<>(executor);
            List<Future<String>> asks = new ArrayList<>();
            for (URI mirror : mirrors) {
                asks.add(race.submit(() -> ask(http, mirror)));
            }
            try {
                for (int finished = 0; finished < asks.size(); finished++) {
                    // The deadline is for the whole race: each wait gets only what is left of it.
                    Future<String> next = race.poll(giveUpAt - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        return fallback;
                    }
                    try {
                        return next.get();
                    } catch (ExecutionException e) {
                        // That mirror is down or answered badly; wait for the next one to finish.
                    }
                }
                return fallback;
            } catch (InterruptedException e) {
                // Our caller wants us to stop: keep the flag up so that they can see we did.
                Thread.currentThread().interrupt();
                return fallback;
            } finally {
                // Losers, or everyone at the deadline: interrupt them, which cancels their requests.
                asks.forEach(ask -> ask.cancel(true));
            }
        }
    }

    /** Asks one mirror: the body of a 200 answer, or an exception for anything else. */
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
