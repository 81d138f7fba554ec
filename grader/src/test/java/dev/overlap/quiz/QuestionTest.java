package dev.overlap.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A question of a quiz's table is graded through one assertion")
class QuestionTest {

    private enum Colour { UNANSWERED, RED, GREEN, BLUE }

    private final List<Colour> measured = new ArrayList<>();
    private final Question<Colour> sky = Question.number(4, "SKY", Colour.class, "BLUE")
            .hint("RED", "At noon?")
            .measuredBy(answer -> {
                measured.add(answer);
                return "The kit looked up: blue.";
            });

    @Test
    @DisplayName("a wrong answer names the field and number, and gets the experiment's sentence, then its hint")
    void wrongAnswer() {
        assertThatThrownBy(() -> sky.grade(Colour.RED))
                .hasMessage("Answers.SKY (question 4): RED is not it. The kit looked up: blue. At noon?");
        assertThatCode(() -> sky.grade(Colour.BLUE)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("the experiment runs only once the question is answered")
    void experimentWaitsForAnAnswer() {
        assertThatThrownBy(() -> sky.grade(Colour.UNANSWERED)).hasMessageContaining("is not answered yet");
        assertThatCode(() -> sky.grade(Colour.GREEN)).isInstanceOf(AssertionError.class);

        assertThat(measured).containsExactly(Colour.GREEN);
    }
}
