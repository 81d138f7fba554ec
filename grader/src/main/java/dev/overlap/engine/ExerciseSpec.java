package dev.overlap.engine;

import java.time.Duration;
import java.util.List;

/** One exercise as its check class declares it. */
public record ExerciseSpec(String id, String title, String checkClass, Duration timeout, int heapMegabytes,
                           int maxPlatformThreads, boolean allowsNetwork, List<CheckSpec> checks) {

    public int maxScore() {
        return checks.stream().mapToInt(CheckSpec::points).sum();
    }
}
