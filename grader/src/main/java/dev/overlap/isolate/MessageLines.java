package dev.overlap.isolate;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Splits the checks JVM's standard output into nonce-framed messages and everything else, without
 * ever holding an unframed line in memory: a line that does not start with the nonce goes straight to
 * the capped stray output, so a line of a gigabyte without a newline costs the grading JVM nothing.
 */
final class MessageLines {

    /** Far above any real message (a check's timeline, the capped output as JSON), far below the heap. */
    static final int MESSAGE_LIMIT = 16 * 1024 * 1024;

    private final String nonce;
    private final byte[] prefix;
    private final Consumer<ForkMessage> messages;
    private final CappedOutput stray;

    MessageLines(String nonce, Consumer<ForkMessage> messages, CappedOutput stray) {
        this.nonce = nonce;
        this.prefix = (nonce + " ").getBytes(StandardCharsets.US_ASCII);
        this.messages = messages;
        this.stray = stray;
    }

    void read(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean framed = true;
        boolean tooLong = false;
        try (InputStream bytes = new BufferedInputStream(in)) {
            int b;
            while ((b = bytes.read()) != -1) {
                if (b == '\n') {
                    end(line, framed, tooLong);
                    line.reset();
                    framed = true;
                    tooLong = false;
                } else if (!framed) {
                    stray.write(b);
                } else if (line.size() < prefix.length) {
                    line.write(b);
                    if (prefix[line.size() - 1] != b) {
                        framed = false;
                        stray.write(line.toByteArray(), 0, line.size());
                        line.reset();
                    }
                } else if (line.size() < MESSAGE_LIMIT) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
        }
        if (line.size() > 0 || !framed) {
            end(line, framed, tooLong);
        }
    }

    private void end(ByteArrayOutputStream line, boolean framed, boolean tooLong) {
        if (!framed) {
            stray.write('\n');
            return;
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length < prefix.length || !Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length)) {
            stray.write(bytes, 0, bytes.length);
            stray.write('\n');
            return;
        }
        if (tooLong) {
            stray.append("[a message of the checks was longer than " + MESSAGE_LIMIT + " bytes and was dropped]\n");
            return;
        }
        Channel.parse(nonce, new String(bytes, StandardCharsets.UTF_8)).ifPresentOrElse(messages,
                () -> stray.append("[a framed message of the checks could not be read and was dropped]\n"));
    }
}
