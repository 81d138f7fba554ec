package dev.overlap.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/** Rules about composing work with CompletableFuture. */
public final class FutureRules {

    public static final ArchRule ASYNC_STAGES_NAME_THEIR_EXECUTOR = noClasses()
            .should().callMethodWhere(anAsyncStageWithoutExecutor())
            .because("without an executor an async stage runs on the common ForkJoinPool, which has one thread"
                    + " per core but one: waiting work there starves every parallel stream of the program, and"
                    + " nothing tells the reader where the stage runs. Pass the executor: virtual threads for"
                    + " waiting, a CPU pool for computing, the loop to come back to the loop");

    private FutureRules() {
    }

    private static DescribedPredicate<JavaMethodCall> anAsyncStageWithoutExecutor() {
        return DescribedPredicate.describe("is an async stage of a CompletableFuture without an executor", call -> {
            JavaClass owner = call.getTargetOwner();
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            return call.getName().endsWith("Async") && owner.isAssignableTo(CompletionStage.class)
                    && (parameters.isEmpty() || !parameters.getLast().isEquivalentTo(Executor.class));
        });
    }
}
