package dev.overlap.bytecode;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A broken rule, as the integrity gate and the structure checks word it")
class BrokenRuleTest {

    private static final JavaClasses SIX = new ClassFileImporter().importClasses(One.class, Two.class, Three.class,
            Four.class, Five.class, Six.class);

    private static final ArchRule EVERY_CLASS_IS_FINAL = classes().should().haveModifier(JavaModifier.FINAL)
            .as("every class should be final").because("none of these is");
    private static final ArchRule EVERY_CLASS_IS_STATIC = classes().should().haveModifier(JavaModifier.STATIC)
            .as("every class should be static");

    @Test
    @DisplayName("keeps only the rules the classes break, in the order given")
    void keepsOnlyTheBrokenRules() {
        List<BrokenRule> broken = BrokenRule.among(List.of(EVERY_CLASS_IS_STATIC, EVERY_CLASS_IS_FINAL), SIX);

        assertThat(broken).extracting(BrokenRule::rule).containsExactly(EVERY_CLASS_IS_FINAL);
        assertThat(broken.getFirst().violations()).hasSize(6);
    }

    @Test
    @DisplayName("names the rule and its reason, lists the first violations and counts the rest")
    void describesTheFirstViolationsAndCountsTheRest() {
        BrokenRule broken = BrokenRule.among(List.of(EVERY_CLASS_IS_FINAL), SIX).getFirst();

        String text = broken.describe(4);

        assertThat(text).startsWith("Rule broken: every class should be final, because none of these is.\n  - ")
                .endsWith("\n  ... and 2 more");
        assertThat(text.lines().filter(line -> line.startsWith("  - "))).hasSize(4);
        assertThat(broken.describe(6)).doesNotContain("more").contains(broken.violations().getLast());
    }

    static class One {
    }

    static class Two {
    }

    static class Three {
    }

    static class Four {
    }

    static class Five {
    }

    static class Six {
    }
}
