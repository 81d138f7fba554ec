package dev.overlap.isolate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to start the JVM that runs one exercise's checks on one submission.
 *
 * @param checks  the check methods to run, every one the catalog lists for a grade (fewer for a corpus case)
 * @param measuresCores whether the checks JVM measures its cores before it loads the submission: only exercises
 *                whose checks judge CPU work need it
 * @param kit     the class path of the kit (the sealed kit's JARs when the build made them)
 * @param scratch the checks JVM's working folder: its temporary files, crash logs and thread dumps go there; the
 *                only folder it may write
 * @param sandbox the boundary the checks JVM runs in
 * @param warmsUp whether the JVM runs a training check before it says it is ready, so that the grade's first check
 *                starts about half a second sooner: for a JVM started while the learner edits (the watch's next
 *                grade), whose start delays no one, not for the JVMs a grade starts beside its compiles
 */
public record ForkSpec(String checkClass, List<String> checks, Path submissionClasses, List<Path> kit, Duration timeout,
                       int heapMegabytes, int maxPlatformThreads, boolean measuresCores, long seed, Path scratch,
                       Sandbox sandbox, boolean warmsUp) {

    /** This JVM, warming up before it says it is ready. */
    public ForkSpec warmingUp() {
        return new ForkSpec(checkClass, checks, submissionClasses, kit, timeout, heapMegabytes, maxPlatformThreads,
                measuresCores, seed, scratch, sandbox, true);
    }
}
