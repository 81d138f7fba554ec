package dev.overlap.quiz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A quiz answer is graded by its name, with a hint for the option chosen, never with the answer")
class AnswerAssertTest {

    private enum Colour { UNANSWERED, RED, GREEN, BLUE }

    /** What a submission can declare: a single real option, and the others fields that point to it. */
    private enum Aliased {
        UNANSWERED, RED;

        static final Aliased GREEN = RED;
        static final Aliased BLUE = RED;
    }

    @Test
    @DisplayName("an unanswered question lists the options to choose from")
    void unansweredListsTheOptions() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY (question 1)", Colour.class, Colour.UNANSWERED)
                .is("BLUE"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Answers.SKY (question 1) is not answered yet. Set it to one of Colour: RED, GREEN, BLUE.");
    }

    @Test
    @DisplayName("a null answer counts as unanswered")
    void nullIsUnanswered() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, null).is("BLUE"))
                .hasMessageContaining("not answered yet");
    }

    @Test
    @DisplayName("a wrong answer gets the hint written for it, and the experiment, but not the answer")
    void wrongAnswerGetsItsHint() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, Colour.GREEN)
                .hintFor("RED", "At noon?")
                .hintFor("GREEN", "Is that the grass?")
                .experiment("The kit looked up.")
                .is("BLUE"))
                .hasMessage("Answers.SKY: GREEN is not it. The kit looked up. Is that the grass?")
                .message().doesNotContain("BLUE");
    }

    @Test
    @DisplayName("an option without a hint of its own gets the assertion's hint, after the experiment")
    void anOptionWithoutAHintGetsTheAssertionsHint() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, Colour.RED)
                .hintFor("GREEN", "Is that the grass?")
                .hint("Look up at noon.")
                .experiment("The kit looked up.")
                .is("BLUE"))
                .hasMessage("Answers.SKY: RED is not it. The kit looked up. Look up at noon.");
    }

    @Test
    @DisplayName("the right answer passes")
    void rightAnswerPasses() {
        assertThatCode(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, Colour.BLUE).is("BLUE"))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an answer identical to the expected option's field fails when its name is not the expected one")
    void anAliasOfTheRightOptionFails() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY", Aliased.class, Aliased.BLUE).is("BLUE"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Answers.SKY: RED is not it. Read the question again, and the README's notes on it.");
    }

    @Test
    @DisplayName("an alias counts as the option it points to: right only where that option is the answer")
    void anAliasCountsAsTheOptionItIs() {
        assertThatCode(() -> AnswerAssert.assertThat("Answers.ROSE", Aliased.class, Aliased.GREEN).is("RED"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.GRASS", Aliased.class, Aliased.GREEN)
                .hintFor("RED", "Is that a rose?")
                .is("GREEN"))
                .hasMessage("Answers.GRASS: RED is not it. Is that a rose?");
    }

    @Test
    @DisplayName("a hint for a name that is not an option is a mistake in the check, reported at once")
    void aHintForNoOptionIsRefused() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, Colour.BLUE)
                .hintFor("PURPLE", "Really?"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Colour has no option PURPLE, which the check has a hint for; its options are UNANSWERED,"
                        + " RED, GREEN, BLUE.");
    }
}
