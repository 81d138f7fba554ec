package dev.overlap.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** How evidence travels in a JUnit report entry: measurements as a JSON object, the note as text. */
public final class EvidenceEntry {
    public static final String MEASUREMENTS = "overlap.measurements";
    public static final String NOTE = "overlap.note";

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvidenceEntry() {
    }

    static String encode(Map<String, Object> measurements) {
        try {
            return JSON.writeValueAsString(measurements);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("measurements must be plain numbers, text, lists and maps", e);
        }
    }

    public static Map<String, Object> decode(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable measurements: " + json, e);
        }
    }
}
