package dev.overlap.isolate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start the JVM that runs one exercise's checks on one submission.
 *
 * @param scratch the checks JVM's working folder: its temporary files, crash logs and thread dumps go there
 */
public record ForkSpec(String checkClass, Path submissionClasses, List<Path> graderClasspath, Duration timeout,
                       int heapMegabytes, int maxPlatformThreads, long seed, Path scratch) {
}
