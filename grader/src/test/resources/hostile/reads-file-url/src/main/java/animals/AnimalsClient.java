package animals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The Animals API, one blocking call per method. Each call sends one request and waits for its
 * answer; on a virtual thread that wait costs no platform thread. You do not need to change this class.
 */
public final class AnimalsClient {

    private final HttpClient http;
    private final URI api;

    public AnimalsClient(HttpClient http, URI api) {
        this.http = http;
        this.api = api;
    }

    /** {@code GET /animals}: the ids of every animal, in the API's order. */
    public List<String> ids() throws IOException, InterruptedException {
        return Json.strings(get("animals"));
    }

    /** {@code GET /animals/{id}}: one animal. */
    public Animal animal(String id) throws IOException, InterruptedException {
        Map<String, String> fields = Json.object(get("animals/" + id));
        return new Animal(fields.get("id"), fields.get("name"), fields.get("species"),
                Integer.parseInt(fields.get("legs")));
    }

    private String get(String path) throws IOException, InterruptedException {
        URI uri = api.resolve(path);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 429) {
            throw new IOException("GET " + uri + " answered 429 Too Many Requests: more requests were in flight"
                    + " than the API allows. " + response.body());
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
