package righttool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;

/**
 * The zoo's yearly checkup: the waiting half as futures on virtual threads, the computing half as a parallel
 * stream in a fork-join pool of its own with one worker per core.
 *
 * <p>The semaphore bounds the requests, not the threads: every animal's future has a virtual thread, and
 * only {@code maxInFlight} of them hold a permit at a time. The checkups run only once every animal has
 * arrived, on platform threads, as many as the cores.
 */
public final class Clinic {

    private Clinic() {
    }

    public static List<Examined> examineAll(HttpClient http, URI api, int maxInFlight, Checkup checkup)
            throws IOException, InterruptedException {
        List<Animal> animals = fetchAll(new AnimalsClient(http, api), new Semaphore(maxInFlight));
        try (ForkJoinPool cores = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
            // A parallel stream started inside the pool splits over that pool's workers.
            return cores.submit(() -> animals.parallelStream()
                    .map(animal -> new Examined(animal, checkup.examine(animal)))
                    .toList()).join();
        }
    }

    private static List<Animal> fetchAll(AnimalsClient client, Semaphore permits)
            throws IOException, InterruptedException {
        // Closing the executor waits for every fetch, so no request outlives this method.
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Animal>> fetches = client.ids().stream()
                    .map(id -> CompletableFuture.supplyAsync(() -> fetch(client, id, permits), virtualThreads))
                    .toList();
            return fetches.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case UncheckedIOException cause -> throw cause.getCause();
                case InterruptedException cause -> throw cause;
                case RuntimeException cause -> throw cause;
                case null, default -> throw new IOException(e.getCause());
            }
        }
    }

    /** One request, holding a permit while it is in flight. */
    private static Animal fetch(AnimalsClient client, String id, Semaphore permits) {
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
