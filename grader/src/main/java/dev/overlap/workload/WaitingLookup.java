package dev.overlap.workload;

import dev.overlap.measure.Recorder;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * A simulated remote lookup: it waits for a fixed latency, then answers a name derived from the key
 * and a salt, so the answer cannot be guessed. Each lookup is recorded as a call named by its key.
 */
public record WaitingLookup(Recorder recorder, Duration latency, long salt) implements UnaryOperator<String> {

    @Override
    public String apply(String key) {
        try {
            return recorder.record(key, () -> {
                Thread.sleep(latency);
                return answer(salt, key);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while looking up " + key, e);
        } catch (Exception e) {
            throw new IllegalStateException("the lookup of " + key + " failed", e);
        }
    }

    /** What a lookup of {@code key} with this salt answers, without waiting: what the grader expects. */
    public static String answer(long salt, String key) {
        return "name-" + HexFormat.of().toHexDigits((key.hashCode() * 0x9E3779B97F4A7C15L) ^ salt).substring(0, 8);
    }
}
