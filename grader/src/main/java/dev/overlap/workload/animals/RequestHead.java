package dev.overlap.workload.animals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The request line and headers of one HTTP/1.1 request: all this GET-only service needs. Bodies are
 * skipped by their {@code Content-Length}; anything malformed ends the connection.
 */
record RequestHead(String method, String target, boolean keepAlive) {

    private static final int MAX_HEAD_BYTES = 16 * 1024;

    /** Reads the next request of a connection; empty when the client closed it between requests. */
    static Optional<RequestHead> read(InputStream in) throws IOException {
        Optional<String> requestLine = line(in);
        if (requestLine.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = requestLine.get().split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x request line: " + requestLine.get());
        }
        boolean keepAlive = parts[2].equals("HTTP/1.1");
        long bodyLength = 0;
        String header;
        while (!(header = line(in).orElseThrow(() -> new IOException("the headers were cut off"))).isEmpty()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new IOException("malformed header: " + header);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            if (name.equals("connection")) {
                keepAlive = value.contains("keep-alive") || keepAlive && !value.contains("close");
            } else if (name.equals("content-length")) {
                bodyLength = Long.parseLong(value);
            }
        }
        in.skipNBytes(bodyLength);
        return Optional.of(new RequestHead(parts[0], parts[1], keepAlive));
    }

    /** The target without its query string. */
    String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    private static Optional<String> line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) != '\n') {
            if (next < 0) {
                if (bytes.size() == 0) {
                    return Optional.empty();
                }
                throw new IOException("the connection closed in the middle of a line");
            }
            if (bytes.size() >= MAX_HEAD_BYTES) {
                throw new IOException("request head longer than " + MAX_HEAD_BYTES + " bytes");
            }
            bytes.write(next);
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        return Optional.of(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
