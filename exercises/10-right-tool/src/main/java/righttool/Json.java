package righttool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Animals API's small JSON: an array of strings, or a flat object whose values are
 * strings or numbers. Nothing more; the exercise is about concurrency, not about parsing.
 */
final class Json {

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** {@code ["a1", "b2"]} as a list. */
    static List<String> strings(String json) {
        Json reader = new Json(json);
        List<String> values = new ArrayList<>();
        reader.expect('[');
        if (!reader.skip(']')) {
            do {
                values.add(reader.string());
            } while (reader.skip(','));
            reader.expect(']');
        }
        return values;
    }

    /** {@code {"name": "Ada", "legs": 4}} as names and values, numbers as their digits. */
    static Map<String, String> object(String json) {
        Json reader = new Json(json);
        Map<String, String> fields = new LinkedHashMap<>();
        reader.expect('{');
        if (!reader.skip('}')) {
            do {
                String name = reader.string();
                reader.expect(':');
                fields.put(name, reader.peek() == '"' ? reader.string() : reader.number());
            } while (reader.skip(','));
            reader.expect('}');
        }
        return fields;
    }

    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        char next;
        while ((next = text.charAt(at++)) != '"') {
            if (next == '\\') {
                char escaped = text.charAt(at++);
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'u' -> (char) Integer.parseInt(text.substring(at, at += 4), 16);
                    default -> escaped;
                });
            } else {
                value.append(next);
            }
        }
        return value.toString();
    }

    private String number() {
        int start = at;
        while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private char peek() {
        while (Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.charAt(at);
    }

    private boolean skip(char expected) {
        if (peek() == expected) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char expected) {
        if (!skip(expected)) {
            throw new IllegalArgumentException("expected '" + expected + "' at " + at + " in " + text);
        }
    }
}
