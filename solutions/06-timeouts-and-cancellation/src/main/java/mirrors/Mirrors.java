package mirrors;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every mirror asked at once; the first good answer wins and the others are cancelled.
 *
 * <p>{@code invokeAny} does the whole race: it starts every task, returns the first result that is
 * not an exception, and interrupts the tasks still running. An interrupted {@code HttpClient.send}
 * cancels its request, so the slower mirrors see their client go away. The timeout bounds the whole
 * race, and closing the executor waits until every loser has really stopped.
 */
public final class Mirrors {

    private Mirrors() {
    }

    public static String firstAnswer(HttpClient http, List<URI> mirrors, Duration deadline, String fallback) {
        List<Callable<String>> asks = mirrors.stream()
                .<Callable<String>>map(mirror -> () -> Mirror.ask(http, mirror)).toList();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            return executor.invokeAny(asks, deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            // Every mirror failed.
            return fallback;
        } catch (TimeoutException e) {
            // No mirror answered well in time; invokeAny has already interrupted them all.
            return fallback;
        } catch (InterruptedException e) {
            // Our caller wants us to stop: the mirrors are cancelled, and the flag stays up for the caller.
            Thread.currentThread().interrupt();
            return fallback;
        }
    }
}
