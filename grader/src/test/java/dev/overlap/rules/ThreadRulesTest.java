package dev.overlap.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A structure check fails once with every rule it broke, each violation with its class and line, so that a learner
 * who pooled platform threads reads about the pool and the missing virtual threads together.
 */
@DisplayName("A structure check names every broken rule, where it broke")
class ThreadRulesTest {

    @Test
    @DisplayName("a fixed pool breaks both thread rules, and the failure names the pool's line in each")
    void namesEveryBrokenRule() {
        assertThatThrownBy(() -> RuleAssert.assertThat(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS,
                ThreadRules.NO_CODE_CREATES_A_THREAD_POOL).holdsFor(Fixtures.classes("Pools$CaughtFixedPlatformPool")))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("2 of 2 rules broken:\n1. Rule broken: the submission should start virtual"
                        + " threads")
                .hasMessageContaining("- no class of the submission starts a virtual thread; its threads come from"
                        + " Executors.newFixedThreadPool in Pools.CaughtFixedPlatformPool.pool (Pools.java:40)")
                .hasMessageContaining("\n2. Rule broken: the submission should not create a thread pool")
                .hasMessageContaining("- Pools.CaughtFixedPlatformPool.pool (Pools.java:40) creates a thread pool"
                        + " with Executors.newFixedThreadPool");
    }

    @Test
    @DisplayName("platform threads started by hand and a parallel stream are named where the virtual threads are missing")
    void namesWhereThreadsComeFrom() {
        assertThatThrownBy(() -> RuleAssert.assertThat(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS,
                ThreadRules.NO_CODE_CREATES_A_THREAD_POOL).holdsFor(Fixtures.classes("Pools$CaughtPlatformThreads")))
                .hasMessageStartingWith("Rule broken: the submission should start virtual threads")
                .hasMessageContaining("Thread.new in Pools.CaughtPlatformThreads.run (Pools.java:65)"
                        + " (a platform thread)")
                .hasMessageContaining("List.parallelStream in Pools.CaughtPlatformThreads.run (Pools.java:66)"
                        + " (a parallel stream")
                .message().doesNotContain("create a thread pool");
    }

    @Test
    @DisplayName("the check's hint follows the list of broken rules, on a line of its own")
    void endsWithTheHint() {
        assertThatThrownBy(() -> RuleAssert.assertThat(ThreadRules.NO_CODE_CREATES_A_THREAD_POOL)
                .hint("Start one virtual thread per task.")
                .holdsFor(Fixtures.classes("Pools$CaughtFixedPlatformPool")))
                .hasMessageStartingWith("Rule broken: the submission should not create a thread pool")
                .hasMessageEndingWith("Executors.newFixedThreadPool\nStart one virtual thread per task.");
    }

    @Test
    @DisplayName("virtual threads and no pool keep both rules")
    void sparesVirtualThreads() {
        assertThatCode(() -> RuleAssert.assertThat(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS,
                ThreadRules.NO_CODE_CREATES_A_THREAD_POOL).holdsFor(Fixtures.classes("Pools$HarmlessVirtualThreads")))
                .doesNotThrowAnyException();
    }
}
