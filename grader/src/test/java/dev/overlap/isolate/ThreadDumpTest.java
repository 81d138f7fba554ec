package dev.overlap.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A thread dump at the time limit shows the learner's frames and nothing else")
class ThreadDumpTest {

    private static final Set<String> LEARNER = Set.of("threetasks.ThreeTasks");

    @Test
    @DisplayName("reads JDK 25's format: virtual threads, their state and the locks they wait for")
    void readsTheCurrentFormat() {
        String dump = """
                4242
                2026-11-21T12:15:21.536734383Z
                25.0.3+9-LTS

                #3 "main" WAITING 2026-11-21T12:15:21.564033426Z
                    at java.base/jdk.internal.misc.Unsafe.park(Native Method)
                    at java.base/java.lang.Thread.join(Thread.java:1963)
                    at threetasks.ThreeTasks.runAll(ThreeTasks.java:19)
                    at dev.overlap.checks.threetasks.ThreeTasksChecks.lambda$x$0(ThreeTasksChecks.java:55)

                #12 "Reference Handler" RUNNABLE 2026-11-21T12:15:21.567244678Z
                    at java.base/java.lang.ref.Reference.waitForReferencePendingList(Native Method)

                #22 "" virtual BLOCKED 2026-11-21T12:15:21.571991807Z
                    at threetasks.ThreeTasks.takeBoth(ThreeTasks.java:32)
                    - locked <java.lang.Object@3800953>
                    - waiting to lock <java.lang.Object@44122aa3>
                    at threetasks.ThreeTasks.lambda$runAll$0(ThreeTasks.java:17)
                    at java.base/java.lang.VirtualThread.run(VirtualThread.java:460)
                """;

        String summary = ThreadDump.summarize(dump, LEARNER).orElseThrow();

        assertThat(summary).contains("thread #3 \"main\" (WAITING) in java.base/jdk.internal.misc.Unsafe.park",
                        "at threetasks.ThreeTasks.runAll(ThreeTasks.java:19)",
                        "virtual thread #22 (BLOCKED)\n    at threetasks.ThreeTasks.takeBoth(ThreeTasks.java:32)",
                        "- waiting to lock <java.lang.Object@44122aa3>",
                        "at threetasks.ThreeTasks.lambda$runAll$0(ThreeTasks.java:17)")
                .doesNotContain("Reference Handler", "VirtualThread.run", "ThreeTasksChecks");
    }

    @Test
    @DisplayName("reads JDK 21's format, whose frames have no \"at\"")
    void readsTheOlderFormat() {
        String dump = """
                #24 "" virtual
                      java.base/java.lang.VirtualThread.parkNanos(VirtualThread.java:631)
                      threetasks.ThreeTasks.waitForever(ThreeTasks.java:20)
                """;

        assertThat(ThreadDump.summarize(dump, LEARNER)).hasValueSatisfying(summary -> assertThat(summary)
                .contains("virtual thread #24 in java.base/java.lang.VirtualThread.parkNanos",
                        "at threetasks.ThreeTasks.waitForever(ThreeTasks.java:20)"));
    }

    @Test
    @DisplayName("says nothing when no thread was in the learner's code")
    void staysQuietWithoutLearnerFrames() {
        assertThat(ThreadDump.summarize("#1 \"main\" RUNNABLE\n    at java.base/java.lang.Thread.sleep0(Native Method)",
                LEARNER)).isEmpty();
    }
}
