package mirrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Every mirror asked at once on a virtual thread of its own, and the first future to finish taken as the answer. */
public final class Mirrors {

    private Mirrors() {
    }

    public static String firstAnswer(HttpClient http, List<URI> mirrors, Duration deadline, String fallback) {
        Executor virtualThreads = Thread::startVirtualThread;
        CompletableFuture<?>[] asks = mirrors.stream()
                .map(mirror -> CompletableFuture.supplyAsync(() -> askOrFail(http, mirror), virtualThreads))
                .toArray(CompletableFuture[]::new);
        try {
            // The mistake: anyOf completes with the first future to finish, and the down mirror fails first.
            return (String) CompletableFuture.anyOf(asks).get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return fallback;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback;
        }
    }

    private static String askOrFail(HttpClient http, URI mirror) {
        try {
            return ask(http, mirror);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
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
