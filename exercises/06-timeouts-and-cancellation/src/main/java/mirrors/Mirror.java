package mirrors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Asking one mirror. A mirror that is down still answers, with an error status; here that answer becomes an
 * exception, so that only a good answer counts as an answer. It stays the same however {@link Mirrors#firstAnswer}
 * asks the mirrors, one after another or all at once, so it lives apart from it.
 */
final class Mirror {

    private Mirror() {
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
}
