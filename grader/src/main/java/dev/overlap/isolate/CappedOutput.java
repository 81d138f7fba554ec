package dev.overlap.isolate;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Keeps the first {@code limit} bytes written to it and counts the rest, so that a submission that
 * floods its output cannot fill memory or the report.
 */
public final class CappedOutput extends OutputStream {

    private final int limit;
    private final Consumer<String> whenCut;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    public CappedOutput(int limit) {
        this(limit, kept -> { });
    }

    /**
     * Calls {@code whenCut} with what was kept, the cut marked, the first time a write goes past the
     * limit, on the writing thread.
     */
    public CappedOutput(int limit, Consumer<String> whenCut) {
        this.limit = limit;
        this.whenCut = whenCut;
    }

    public PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < limit) {
            kept.write(b);
        } else {
            drop(1);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int room = Math.max(0, Math.min(length, limit - kept.size()));
        kept.write(bytes, offset, room);
        if (length > room) {
            drop(length - room);
        }
    }

    private void drop(long count) {
        boolean first = dropped == 0;
        dropped += count;
        if (first) {
            whenCut.accept(text());
        }
    }

    public void append(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
    }

    /** What was kept, with a last line that says how much was cut, if anything was. */
    public synchronized String text() {
        String text = kept.toString(StandardCharsets.UTF_8);
        return dropped == 0 ? text
                : text + "\n[output cut: " + dropped + " more bytes were written than the " + limit + " kept]";
    }

    public synchronized boolean truncated() {
        return dropped > 0;
    }
}
