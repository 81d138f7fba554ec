package dev.overlap.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The enums below stand for a submission's, compared with a starter's {@code UNANSWERED, RED, GREEN, BLUE}. */
@DisplayName("A submission's enum must have exactly the starter's constants, in the starter's order")
class EnumChangesTest {

    private static final List<String> STARTER = List.of("UNANSWERED", "RED", "GREEN", "BLUE");

    private enum Kept {
        UNANSWERED, RED, GREEN {
            @Override
            public String toString() {
                return "a constant with a body is still the constant";
            }
        }, BLUE;

        static final Kept SKY = BLUE;
    }

    private enum Aliased {
        UNANSWERED, RED;

        static final Aliased GREEN = RED;
        static final Aliased BLUE = RED;
    }

    private enum Reordered { UNANSWERED, BLUE, GREEN, RED }

    private static final class NoEnum {
        static final NoEnum UNANSWERED = new NoEnum();
        static final NoEnum RED = new NoEnum();
        static final NoEnum GREEN = new NoEnum();
        static final NoEnum BLUE = new NoEnum();
    }

    @Test
    @DisplayName("the same constants in the same order, with aliases and bodies beside them, are no change")
    void keptConstantsAreNoChange() {
        assertThat(changes(Kept.class)).isEmpty();
    }

    @Test
    @DisplayName("options that are only fields pointing to another constant are missing constants")
    void aliasesAreMissingConstants() {
        assertThat(changes(Aliased.class)).hasValue("The enum " + Aliased.class.getName() + " has the constants"
                + " UNANSWERED, RED where the starter has UNANSWERED, RED, GREEN, BLUE (missing: GREEN, BLUE).");
    }

    @Test
    @DisplayName("the same constants in another order are a change")
    void anotherOrderIsAChange() {
        assertThat(changes(Reordered.class)).hasValueSatisfying(sentence -> assertThat(sentence)
                .endsWith("has the constants UNANSWERED, BLUE, GREEN, RED where the starter has UNANSWERED, RED, GREEN,"
                        + " BLUE (the same ones in another order)."));
    }

    @Test
    @DisplayName("a class with the options as static fields is no enum")
    void aClassOfConstantsIsNoEnum() {
        assertThat(changes(NoEnum.class)).hasValue(NoEnum.class.getName() + " is no longer an enum; the starter's is"
                + " an enum of UNANSWERED, RED, GREEN, BLUE.");
    }

    private static Optional<String> changes(Class<?> submitted) {
        return EnumChanges.describe(submitted.getName(), STARTER, testClasses());
    }

    private static Path testClasses() {
        try {
            return Path.of(EnumChangesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
