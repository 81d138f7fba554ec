package dev.overlap.workload.animals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.measure.Recorder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Animals API fixture")
class AnimalsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ZooAnimal> ZOO = RandomZoo.of(new Random(7), 6);

    @Test
    @DisplayName("serves the list of ids and each animal as JSON")
    void servesTheZooAsJson() throws Exception {
        try (AnimalsApi api = AnimalsApi.serving(ZOO).start()) {
            HttpClient http = RecordingHttpClient.on(new Recorder());

            List<?> ids = JSON.readValue(get(http, api.uri().resolve("animals")).body(), List.class);
            HttpResponse<String> first = get(http, api.animalUri(ZOO.getFirst().id()));

            assertThat(ids).isEqualTo(ZOO.stream().map(ZooAnimal::id).toList());
            assertThat(JSON.readValue(first.body(), ZooAnimal.class)).isEqualTo(ZOO.getFirst());
            assertThat(get(http, api.animalUri("none")).statusCode()).isEqualTo(404);
            assertThat(api.log().requests()).extracting(ServedRequest::outcome)
                    .containsExactly(Outcome.ANSWERED, Outcome.ANSWERED, Outcome.ERROR);
        }
    }

    @Test
    @DisplayName("answers 429 with Retry-After beyond its limit and never has more requests in flight")
    void refusesBeyondItsLimit() throws Exception {
        try (AnimalsApi api = AnimalsApi.serving(ZOO).latency(Duration.ofMillis(100)).limit(2).start();
             ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpClient http = RecordingHttpClient.on(new Recorder());
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                responses.add(executor.submit(() -> get(http, api.animalUri(ZOO.getFirst().id()))));
            }
            List<HttpResponse<String>> refused = new ArrayList<>();
            for (Future<HttpResponse<String>> response : responses) {
                if (response.get().statusCode() == 429) {
                    refused.add(response.get());
                }
            }

            assertThat(refused).hasSize(3).allSatisfy(response ->
                    assertThat(response.headers().firstValue("Retry-After")).hasValue("1"));
            assertThat(api.log().peakInFlight()).isEqualTo(2);
            assertThat(api.log().requests(Outcome.REFUSED)).hasSize(3);
        }
    }

    @Test
    @DisplayName("records a request as abandoned when its client is interrupted, at that moment")
    void recordsAbandonedRequests() throws Exception {
        try (AnimalsApi api = AnimalsApi.serving(ZOO).latency(Duration.ofSeconds(2)).start()) {
            RecordingHttpClient http = RecordingHttpClient.on(new Recorder());
            Thread client = Thread.ofVirtual().start(() -> {
                try {
                    get(http, api.animalUri(ZOO.getFirst().id()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            await("the request arrives").until(() -> api.log().inFlight() == 1);
            client.interrupt();
            client.join();

            await("the service sees the client leave").atMost(Duration.ofSeconds(1))
                    .until(() -> api.log().inFlight() == 0);
            ServedRequest request = api.log().requests().getFirst();
            assertThat(request.outcome()).isEqualTo(Outcome.ABANDONED);
            assertThat(request.duration()).isLessThan(Duration.ofSeconds(1));
            assertThat(http.threadsStillSending()).isEmpty();
        }
    }

    @Test
    @DisplayName("answers an HTTP/1.0 client such as a plain socket and closes the connection")
    void answersHttp10() throws Exception {
        try (AnimalsApi api = AnimalsApi.serving(ZOO).start();
             Socket socket = new Socket(api.uri().getHost(), api.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /animals HTTP/1.0\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            List<String> lines = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)).lines().toList();

            assertThat(lines.getFirst()).isEqualTo("HTTP/1.1 200 OK");
            assertThat(lines).contains("Connection: close");
            assertThat(lines.getLast()).startsWith("[\"" + ZOO.getFirst().id());
        }
    }

    @Test
    @DisplayName("records every request sent through the grader's client on the sending thread")
    void recordsTheSendingThread() throws Exception {
        try (AnimalsApi api = AnimalsApi.serving(ZOO).latency(Duration.ofMillis(20)).start()) {
            Recorder recorder = new Recorder();
            HttpClient http = RecordingHttpClient.on(recorder);
            Thread.ofVirtual().start(() -> {
                try {
                    get(http, api.uri().resolve("animals"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).join();
            http.sendAsync(HttpRequest.newBuilder(api.uri()).build(), HttpResponse.BodyHandlers.ofString()).join();

            // The asynchronous call is closed by a stage that runs after the future it returned completes.
            await("the asynchronous request recorded").atMost(Duration.ofSeconds(5))
                    .until(() -> recorder.calls().size() == 2);
            assertThat(recorder.calls()).hasSize(2);
            assertThat(recorder.calls().getFirst().virtual()).isTrue();
            assertThat(recorder.calls().getFirst().label()).isEqualTo("GET " + api.uri().resolve("animals"));
            assertThat(recorder.calls().getLast().virtual()).isFalse();
        }
    }

    private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
