package dev.overlap.bench.scale;

import java.util.Locale;

/** The two kinds of thread a scale probe compares. */
public enum ThreadKind {
    VIRTUAL,
    PLATFORM;

    Thread.Builder builder() {
        return this == VIRTUAL ? Thread.ofVirtual() : Thread.ofPlatform();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
