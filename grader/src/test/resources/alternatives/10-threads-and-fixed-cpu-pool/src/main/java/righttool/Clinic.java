package righttool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The zoo's yearly checkup, each half with the tool made for it.
 *
 * <p>Fetching waits: every animal gets a virtual thread of its own, started by hand, and a semaphore keeps
 * the requests in flight at the API's limit. Examining computes: a pool of platform threads, one per core,
 * takes the checkups, because more threads than cores would only take turns on them.
 */
public final class Clinic {

    private Clinic() {
    }

    public static List<Examined> examineAll(HttpClient http, URI api, int maxInFlight, Checkup checkup)
            throws IOException, InterruptedException {
        List<Animal> animals = fetchAll(new AnimalsClient(http, api), maxInFlight);
        return examineOnEveryCore(animals, checkup);
    }

    private static List<Animal> fetchAll(AnimalsClient client, int maxInFlight)
            throws IOException, InterruptedException {
        List<String> ids = client.ids();
        Animal[] animals = new Animal[ids.size()];
        Exception[] failures = new Exception[ids.size()];
        Semaphore permits = new Semaphore(maxInFlight);

        List<Thread> fetches = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int slot = i;
            fetches.add(Thread.ofVirtual().start(() -> {
                try {
                    permits.acquire();
                    try {
                        animals[slot] = client.animal(ids.get(slot));
                    } finally {
                        permits.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures[slot] = e;
                } catch (IOException | RuntimeException e) {
                    failures[slot] = e;
                }
            }));
        }
        for (Thread fetch : fetches) {
            fetch.join();
        }
        for (Exception failure : failures) {
            rethrow(failure);
        }
        return Arrays.asList(animals);
    }

    private static List<Examined> examineOnEveryCore(List<Animal> animals, Checkup checkup)
            throws IOException, InterruptedException {
        List<Callable<Examined>> checkups = animals.stream()
                .<Callable<Examined>>map(animal -> () -> new Examined(animal, checkup.examine(animal)))
                .toList();
        // One platform thread per core; closing the pool waits for its threads and ends them.
        try (ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            List<Examined> examined = new ArrayList<>();
            // invokeAll returns the futures in the order of the animals, each one done.
            for (Future<Examined> done : cores.invokeAll(checkups)) {
                try {
                    examined.add(done.get());
                } catch (ExecutionException e) {
                    rethrow(e.getCause() instanceof Exception cause ? cause : e);
                }
            }
            return examined;
        }
    }

    /** Throws what a request or a checkup threw, as the sequential version would have; nothing for null. */
    private static void rethrow(Exception failure) throws IOException, InterruptedException {
        switch (failure) {
            case null -> { }
            case IOException e -> throw e;
            case InterruptedException e -> throw e;
            case RuntimeException e -> throw e;
            default -> throw new IOException(failure);
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
