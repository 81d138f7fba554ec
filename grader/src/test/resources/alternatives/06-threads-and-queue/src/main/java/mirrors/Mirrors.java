package mirrors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Every mirror asked at once, on virtual threads started by hand.
 *
 * <p>Each thread puts what its mirror said in a queue: the body of a good answer, or nothing for a failure.
 * The caller takes from the queue as the outcomes arrive, until a good one, until every mirror has failed,
 * or until the deadline. Then it interrupts every thread, which cancels the requests still out, and joins
 * them, so that no request outlives the race.
 */
public final class Mirrors {

    private Mirrors() {
    }

    public static String firstAnswer(HttpClient http, List<URI> mirrors, Duration deadline, String fallback) {
        long giveUpAt = System.nanoTime() + deadline.toNanos();
        // Room for every outcome, so that no thread ever waits to report one.
        BlockingQueue<Optional<String>> outcomes = new LinkedBlockingQueue<>();
        List<Thread> asks = new ArrayList<>();
        for (URI mirror : mirrors) {
            asks.add(Thread.ofVirtual().start(() -> outcomes.add(outcomeOf(http, mirror))));
        }
        try {
            for (int heard = 0; heard < asks.size(); heard++) {
                Optional<String> outcome = outcomes.poll(giveUpAt - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (outcome == null) {
                    // The deadline passed with no good answer.
                    return fallback;
                }
                if (outcome.isPresent()) {
                    return outcome.get();
                }
            }
            // Every mirror failed.
            return fallback;
        } catch (InterruptedException e) {
            // Our caller wants us to stop: keep the flag up so that they can see we did.
            Thread.currentThread().interrupt();
            return fallback;
        } finally {
            stopAll(asks);
        }
    }

    /** Runs on a mirror's own thread: the answer if it was good, empty if the mirror failed or was cancelled. */
    private static Optional<String> outcomeOf(HttpClient http, URI mirror) {
        try {
            return Optional.of(ask(http, mirror));
        } catch (IOException | RuntimeException e) {
            // Down, or answered badly: an outcome all the same, so the caller need not wait for it.
            return Optional.empty();
        } catch (InterruptedException e) {
            // Cancelled: the race is over. Keep the flag up; this thread ends right after.
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Interrupts every thread still asking (an interrupted HttpClient.send cancels its request) and waits until
     * each has ended. An interrupt of our own while we wait does not stop the waiting; it is kept for the caller.
     */
    private static void stopAll(List<Thread> asks) {
        asks.forEach(Thread::interrupt);
        boolean interrupted = false;
        for (Thread ask : asks) {
            while (ask.isAlive()) {
                try {
                    ask.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
