package dev.overlap.isolate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.Optional;

/** The framing of fork messages on the checks JVM's real standard output: {@code <nonce> <json>}. */
final class Channel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String nonce;
    private final PrintStream out;

    Channel(String nonce, PrintStream out) {
        this.nonce = nonce;
        this.out = out;
    }

    synchronized void send(ForkMessage message) {
        try {
            out.println(nonce + " " + JSON.writeValueAsString(message));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a line as a message if it carries this nonce; any other line is the submission's output. */
    static Optional<ForkMessage> parse(String nonce, String line) {
        if (!line.startsWith(nonce + " ")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(line.substring(nonce.length() + 1), ForkMessage.class))
                    .filter(ForkMessage::wellFormed);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
