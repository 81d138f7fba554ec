package dev.overlap.quiz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A quiz answer is graded with a hint for the option chosen, never with the answer")
class AnswerAssertTest {

    private enum Colour { UNANSWERED, RED, GREEN, BLUE }

    @Test
    @DisplayName("an unanswered question lists the options to choose from")
    void unansweredListsTheOptions() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY (question 1)", Colour.class, Colour.UNANSWERED)
                .is(Colour.BLUE))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Answers.SKY (question 1) is not answered yet. Set it to one of Colour: RED, GREEN, BLUE.");
    }

    @Test
    @DisplayName("a null answer counts as unanswered")
    void nullIsUnanswered() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, null).is(Colour.BLUE))
                .hasMessageContaining("not answered yet");
    }

    @Test
    @DisplayName("a wrong answer gets the hint written for it, and the experiment, but not the answer")
    void wrongAnswerGetsItsHint() {
        assertThatThrownBy(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, Colour.GREEN)
                .hintFor(Colour.RED, "At noon?")
                .hintFor(Colour.GREEN, "Is that the grass?")
                .experiment("The kit looked up.")
                .is(Colour.BLUE))
                .hasMessage("Answers.SKY: GREEN is not it. Is that the grass? The kit looked up.")
                .message().doesNotContain("BLUE");
    }

    @Test
    @DisplayName("the right answer passes")
    void rightAnswerPasses() {
        assertThatCode(() -> AnswerAssert.assertThat("Answers.SKY", Colour.class, Colour.BLUE).is(Colour.BLUE))
                .doesNotThrowAnyException();
    }
}
