package dev.overlap.proof;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A competing process for the verdict benchmark: one thread that keeps one core busy with arithmetic
 * until the process that started it closes its standard input, or ends.
 */
public final class BusyCore {

    private static volatile long sink;

    private BusyCore() {
    }

    public static void main(String[] args) throws IOException {
        Thread.ofPlatform().daemon().name("busy-core").start(BusyCore::spin);
        // The benchmark holds this stream open; end of input means it is done or gone, and so are we.
        System.in.transferTo(OutputStream.nullOutputStream());
    }

    private static void spin() {
        long x = 1;
        while (true) {
            for (int i = 0; i < 1_000_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
            }
            sink = x;
        }
    }
}
