package dev.overlap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rules on pools and on CompletableFuture stages")
class PoolAndFutureRulesTest {

    @Test
    @DisplayName("a pool of virtual threads is caught, also when its factory comes from a field")
    void catchesPooledVirtualThreads() {
        assertThat(violations(PoolRules.VIRTUAL_THREADS_ARE_NEVER_POOLED, "Pools$CaughtVirtualPool"))
                .contains("Pools.CaughtVirtualPool.pool (Pools.java:20) creates a pool of virtual threads with"
                        + " Executors.newFixedThreadPool(...)");
        assertThat(violations(PoolRules.VIRTUAL_THREADS_ARE_NEVER_POOLED, "Pools$CaughtVirtualPoolFromField"))
                .contains("creates a pool of virtual threads with ThreadPoolExecutor.new(...)");
    }

    @Test
    @DisplayName("an executor that starts a virtual thread per task is no pool")
    void sparesVirtualThreadPerTask() {
        assertThat(violations(PoolRules.VIRTUAL_THREADS_ARE_NEVER_POOLED, "Pools$HarmlessVirtualPerTask")).isEmpty();
        assertThat(violations(PoolRules.WAITING_WORK_USES_NO_FIXED_PLATFORM_POOL, "Pools$HarmlessVirtualPerTask"))
                .isEmpty();
    }

    @Test
    @DisplayName("a fixed pool of platform threads is caught; virtual threads are not")
    void catchesFixedPlatformPools() {
        assertThat(violations(PoolRules.WAITING_WORK_USES_NO_FIXED_PLATFORM_POOL, "Pools$CaughtFixedPlatformPool"))
                .contains("creates a fixed pool of platform threads with Executors.newFixedThreadPool(...)");
        assertThat(violations(PoolRules.WAITING_WORK_USES_NO_FIXED_PLATFORM_POOL, "Pools$HarmlessVirtualThreads"))
                .isEmpty();
    }

    @Test
    @DisplayName("an async stage without an executor is caught; one that names its executor is not")
    void catchesAsyncStagesWithoutExecutor() {
        String caught = violations(FutureRules.ASYNC_STAGES_NAME_THEIR_EXECUTOR, "Pools$CaughtStageWithoutExecutor");

        assertThat(caught).contains("CompletableFuture.supplyAsync(java.util.function.Supplier)")
                .contains("CompletableFuture.thenApplyAsync(java.util.function.Function)");
        assertThat(violations(FutureRules.ASYNC_STAGES_NAME_THEIR_EXECUTOR, "Pools$HarmlessStageWithExecutor"))
                .isEmpty();
    }

    @Test
    @DisplayName("the blocking rule reports its routes through the kit's rule assertion")
    void blockingRuleFailsWithTheRoute() {
        ArchRule rule = BlockingRules.asyncPathsNeverBlock(AsyncPaths.annotatedWith("NonBlocking"));

        assertThat(violations(rule, "Direct$Caught")).contains("Direct.Caught.handle -> Thread.sleep (Direct.java:9)")
                .contains("To wait for time without holding a thread");
        assertThat(violations(rule, "Direct$Harmless")).isEmpty();
    }

    @Test
    @DisplayName("virtual threads started and a Semaphore made through method references count as started and made")
    void countsMethodReferences() {
        assertThat(violations(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS, "Pools$VirtualThreadsByReference"))
                .isEmpty();
        assertThat(violations(LimitRules.THE_SUBMISSION_LIMITS_REQUESTS_WITH_A_SEMAPHORE,
                "Pools$VirtualThreadsByReference")).isEmpty();
    }

    private static String violations(ArchRule rule, String fixture) {
        EvaluationResult result = rule.evaluate(Fixtures.classes(fixture));
        return String.join("\n", result.getFailureReport().getDetails());
    }
}
