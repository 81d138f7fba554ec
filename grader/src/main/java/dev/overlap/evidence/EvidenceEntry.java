package dev.overlap.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How evidence travels in a JUnit report entry: measurements as a JSON object, the note as text. */
public final class EvidenceEntry {
    public static final String MEASUREMENTS = "overlap.measurements";
    public static final String NOTE = "overlap.note";
    /** The codes of the check's findings, separated by spaces. */
    public static final String FINDINGS = "overlap.findings";

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

    static String encode(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.joining(" "));
    }

    public static List<String> decodeFindings(String codes) {
        return codes.isBlank() ? List.of() : List.of(codes.trim().split(" +"));
    }

    public static Map<String, Object> decode(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable measurements: " + json, e);
        }
    }
}
