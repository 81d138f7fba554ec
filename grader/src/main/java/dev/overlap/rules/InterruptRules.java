package dev.overlap.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Rules about what code does with an interrupt it receives. */
public final class InterruptRules {

    /**
     * Read from bytecode, so approximate: a method that catches InterruptedException must somewhere
     * call {@code Thread.interrupt()} or declare that it throws InterruptedException (to rethrow it).
     */
    public static final ArchRule CODE_THAT_CATCHES_AN_INTERRUPT_RESTORES_THE_FLAG = codeUnits()
            .that(catchInterruptedException())
            .should(restoreTheInterruptFlag())
            .allowEmptyShould(true)
            .because("catching InterruptedException clears the thread's interrupt flag; unless the code calls"
                    + " Thread.currentThread().interrupt() or rethrows, whoever interrupted the thread (a"
                    + " deadline, a cancelled race, a shutdown) never learns that it asked");

    private InterruptRules() {
    }

    private static DescribedPredicate<JavaCodeUnit> catchInterruptedException() {
        return DescribedPredicate.describe("catch InterruptedException", codeUnit -> codeUnit.getTryCatchBlocks()
                .stream().anyMatch(block -> block.getCaughtThrowables().stream()
                        .anyMatch(caught -> caught.isEquivalentTo(InterruptedException.class))));
    }

    private static ArchCondition<JavaCodeUnit> restoreTheInterruptFlag() {
        return new ArchCondition<>("restore the interrupt flag or rethrow") {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                boolean restores = codeUnit.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().isEquivalentTo(Thread.class) && call.getName().equals("interrupt"));
                boolean rethrows = codeUnit.getThrowsClause().containsType(InterruptedException.class);
                events.add(new SimpleConditionEvent(codeUnit, restores || rethrows, codeUnit.getDescription()
                        + (restores || rethrows ? " restores the interrupt flag" : " catches InterruptedException"
                        + " and neither calls Thread.currentThread().interrupt() nor rethrows it")
                        + " in " + codeUnit.getSourceCodeLocation()));
            }
        };
    }
}
