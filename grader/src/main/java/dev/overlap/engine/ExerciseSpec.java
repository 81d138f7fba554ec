package dev.overlap.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One exercise as its check class declares it. */
public record ExerciseSpec(String id, String title, String checkClass, Duration timeout, int heapMegabytes,
                           int maxPlatformThreads, boolean allowsNetwork, boolean gradesCpuWork,
                           List<CheckSpec> checks) {

    public int maxScore() {
        return checks.stream().mapToInt(CheckSpec::points).sum();
    }

    /**
     * The same exercise with only the given checks and the checks they wait for (and those wait for, ...), so that
     * each runs exactly as in a full grade: a corpus case about one task grades that task's checks, quickly.
     */
    public ExerciseSpec only(Collection<String> methods) {
        Set<String> kept = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(methods);
        while (!pending.isEmpty()) {
            String method = pending.pop();
            CheckSpec check = checks.stream().filter(candidate -> candidate.method().equals(method)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(id + " has no check " + method));
            if (kept.add(method)) {
                pending.addAll(check.waitsFor());
            }
        }
        return new ExerciseSpec(id, title, checkClass, timeout, heapMegabytes, maxPlatformThreads, allowsNetwork,
                gradesCpuWork, checks.stream().filter(check -> kept.contains(check.method())).toList());
    }

    /** The same exercise graded from a folder of another name, as the corpora lay their cases out. */
    public ExerciseSpec named(String name) {
        return new ExerciseSpec(name, name, checkClass, timeout, heapMegabytes, maxPlatformThreads, allowsNetwork,
                gradesCpuWork, checks);
    }

    /** The same exercise under other limits: a corpus case that hangs or floods need not wait for the real ones. */
    public ExerciseSpec limitedTo(Duration timeout, int heapMegabytes) {
        return new ExerciseSpec(id, title, checkClass, timeout, heapMegabytes, maxPlatformThreads, allowsNetwork,
                gradesCpuWork, checks);
    }
}
