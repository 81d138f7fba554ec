package dev.overlap.quiz;

import dev.overlap.check.Evidence;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Grades one answer of a quiz: a constant of an enum whose first option is {@code UNANSWERED}. An answer
 * not given yet fails with the options to choose from; a wrong one fails with the hint written for that
 * very option, never with the right answer.
 */
public final class AnswerAssert<E extends Enum<E>> extends AbstractAssert<AnswerAssert<E>, E> {

    private static final String UNANSWERED = "UNANSWERED";

    private final String question;
    private final Class<E> options;
    private final Map<E, String> hints = new HashMap<>();
    private String experiment = "";

    private AnswerAssert(String question, Class<E> options, E answer) {
        super(answer, AnswerAssert.class);
        this.question = question;
        this.options = options;
    }

    /**
     * @param question how the learner finds the question, for example "Answers.ONE_CASHIER_TWO_LINES (question 1)"
     * @param options  the enum of the answer, needed because the answer may be null
     */
    public static <E extends Enum<E>> AnswerAssert<E> assertThat(String question, Class<E> options, E answer) {
        Evidence.record("answer", answer == null ? "null" : answer.name());
        return new AnswerAssert<>(question, options, answer);
    }

    /** What to say to a learner who chose {@code option}: a question to think about, not the answer. */
    public AnswerAssert<E> hintFor(E option, String hint) {
        hints.put(option, hint);
        return this;
    }

    /** What the kit's experiment for this question showed, added to the verdict either way. */
    public AnswerAssert<E> experiment(String sentence) {
        this.experiment = " " + sentence;
        return this;
    }

    /** An option other than {@code UNANSWERED} was chosen. */
    public AnswerAssert<E> isAnswered() {
        if (actual == null || actual.name().equals(UNANSWERED)) {
            String choices = Arrays.stream(options.getEnumConstants()).map(Enum::name)
                    .filter(name -> !name.equals(UNANSWERED)).collect(Collectors.joining(", "));
            failWithMessage("%s is not answered yet. Set it to one of %s: %s.", question, options.getSimpleName(),
                    choices);
        }
        return this;
    }

    /** The chosen option is {@code expected}; otherwise the hint written for the chosen one. */
    public AnswerAssert<E> is(E expected) {
        isAnswered();
        if (actual != expected) {
            failWithMessage("%s: %s is not it. %s%s", question, actual.name(),
                    hints.getOrDefault(actual, "Read the question again, and the README's notes on it."), experiment);
        }
        Evidence.note("Right." + experiment);
        return this;
    }
}
