package dev.overlap.workload.animals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A JSON answer and how it is written on the wire. */
record Answer(int status, String reason, String json, boolean retryLater) {

    static Answer ok(String json) {
        return new Answer(200, "OK", json, false);
    }

    static Answer error(int status, String reason, String message) {
        return new Answer(status, reason, "{\"error\":\"" + message + "\"}", false);
    }

    /** 429 with Retry-After, which counts whole seconds: the client should wait for a request to end. */
    static Answer tooManyRequests(int limit) {
        return new Answer(429, "Too Many Requests", "{\"error\":\"more than " + limit
                + " requests in flight; wait for one to end\"}", true);
    }

    Outcome outcome() {
        return status == 200 ? Outcome.ANSWERED : status == 429 ? Outcome.REFUSED : Outcome.ERROR;
    }

    void writeTo(OutputStream out, boolean keepAlive) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + (retryLater ? "Retry-After: 1\r\n" : "")
                + (keepAlive ? "" : "Connection: close\r\n")
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }
}
