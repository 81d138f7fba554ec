package dev.overlap.measure;

/**
 * The pieces of work one thread counted through {@link Recorder#tick}: how many, and when the first
 * and (within a few pieces) the last ran. Only its own thread writes it, with plain fields, because a
 * piece can cost a few nanoseconds; it is read once the measured code has returned.
 */
final class Lane {

    /** Reading the clock for every piece would cost more than many pieces do; every 64th is close enough. */
    private static final long CLOCK_EVERY = 64;

    private final String thread;
    private final boolean virtual;
    private final String carrier;
    private String label;
    private long count;
    private long firstNanos;
    private long lastNanos;

    Lane(String thread, boolean virtual, String carrier) {
        this.thread = thread;
        this.virtual = virtual;
        this.carrier = carrier;
    }

    void tick(String pieceLabel) {
        if (count == 0) {
            label = pieceLabel;
            firstNanos = System.nanoTime();
            lastNanos = firstNanos;
        } else if (count % CLOCK_EVERY == 0) {
            lastNanos = System.nanoTime();
        }
        count++;
    }

    String thread() {
        return thread;
    }

    long count() {
        return count;
    }

    Call asCall(long origin) {
        return new Call(label + " (" + count + " pieces)", firstNanos - origin, lastNanos - origin, thread, virtual,
                carrier);
    }
}
