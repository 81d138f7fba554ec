package animals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;

/**
 * The zoo's report with a CompletableFuture per animal, each on a virtual thread of its own.
 *
 * <p>The limit of the API is a property of the conversation, so it lives in one place: {@link Limited}
 * wraps every request in "take a permit, ask, give the permit back". The futures are created for every
 * id first, and joined in the order of the ids afterwards.
 */
public final class Zoo {

    /** Starts a new virtual thread for each task: nothing pooled, nothing to close. */
    private static final Executor VIRTUAL_THREADS = Thread::startVirtualThread;

    private Zoo() {
    }

    public static ZooReport report(HttpClient http, URI api, int maxInFlight) throws IOException, InterruptedException {
        AnimalsClient client = new AnimalsClient(http, api);
        Limited limited = new Limited(new Semaphore(maxInFlight));

        List<CompletableFuture<Animal>> fetches = client.ids().stream()
                .map(id -> CompletableFuture.supplyAsync(() -> limited.fetch(client, id), VIRTUAL_THREADS))
                .toList();
        try {
            // allOf first, so that a failure is reported only once every request has ended.
            CompletableFuture.allOf(fetches.toArray(CompletableFuture<?>[]::new)).join();
            return new ZooReport(fetches.stream().map(CompletableFuture::join).toList());
        } catch (CompletionException e) {
            throw unwrapped(e);
        }
    }

    /** Requests that hold a permit while they are in flight. */
    private record Limited(Semaphore permits) {

        Animal fetch(AnimalsClient client, String id) {
            try {
                permits.acquire();
                try {
                    return client.animal(id);
                } finally {
                    permits.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }
    }

    /** What the request threw, as the sequential version would have thrown it. */
    private static IOException unwrapped(CompletionException e) throws InterruptedException {
        switch (e.getCause()) {
            case UncheckedIOException cause -> {
                return cause.getCause();
            }
            case InterruptedException cause -> throw cause;
            case RuntimeException cause -> throw cause;
            case null, default -> {
                return new IOException(e.getCause());
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
