package dev.overlap.workload.animals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Animals API answers: {@code GET /animals} lists the ids, {@code GET /animals/{id}} gives one
 * animal, {@code GET /} says what there is. A failing service answers 503 to every animal request.
 */
final class Routes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/animals/";

    private final Map<String, ZooAnimal> animals = new LinkedHashMap<>();
    private final boolean failing;

    Routes(List<ZooAnimal> animals, boolean failing) {
        animals.forEach(animal -> this.animals.put(animal.id(), animal));
        this.failing = failing;
    }

    Answer answer(RequestHead request) {
        if (!request.method().equals("GET")) {
            return Answer.error(405, "Method Not Allowed", "only GET is served");
        }
        String path = request.path();
        if (path.equals("/")) {
            return Answer.ok(json(Map.of("animals", "/animals", "animal", "/animals/{id}")));
        }
        if (!path.equals("/animals") && !path.startsWith(PREFIX)) {
            return Answer.error(404, "Not Found", "no such resource; try /animals");
        }
        if (failing) {
            return Answer.error(503, "Service Unavailable", "this service is down");
        }
        if (path.equals("/animals")) {
            return Answer.ok(json(List.copyOf(animals.keySet())));
        }
        ZooAnimal animal = animals.get(path.substring(PREFIX.length()));
        return animal == null ? Answer.error(404, "Not Found", "no animal with that id") : Answer.ok(json(animal));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain records and lists always serialise", e);
        }
    }
}
