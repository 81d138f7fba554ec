package mirrors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * One resource served by several mirrors, asked one mirror at a time.
 *
 * <p>The mirrors serve the same answer at different speeds, and some may be down. Asked in turn,
 * a slow mirror at the front of the list makes every answer slow, however fast the others are.
 */
public final class Mirrors {

    private Mirrors() {
    }

    /**
     * Returns the body of the first good answer (status 200) from any of the {@code mirrors}, or
     * {@code fallback} when none answers well within {@code deadline}, counted from the call.
     *
     * <p>The grader calls this method with its own client and mirrors, so keep its signature as it is.
     */
    public static String firstAnswer(HttpClient http, List<URI> mirrors, Duration deadline, String fallback) {
        // TODO(task 1): each mirror is asked only after the previous one has answered or failed.
        // TODO(task 2): a mirror that is still answering when this method returns keeps its request open.
        // TODO(task 3): the deadline is ignored.
        for (URI mirror : mirrors) {
            try {
                return Mirror.ask(http, mirror);
            } catch (IOException e) {
                // This mirror is down or answered with an error: try the next one.
            } catch (InterruptedException e) {
                // Whoever called us wants us to stop. Stop, and keep the flag up so that they can see it.
                Thread.currentThread().interrupt();
                return fallback;
            }
        }
        return fallback;
    }
}
