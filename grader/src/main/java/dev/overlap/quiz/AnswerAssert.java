package dev.overlap.quiz;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Grades one answer of a quiz: a constant of an enum whose first option is {@code UNANSWERED}. An answer
 * not given yet fails with the options to choose from; a wrong one fails with the hint written for that
 * very option (the assertion's hint, which {@link CheckAssert} ends the message with), never with the right answer.
 *
 * <p>The check names options by their names, strings of its own, and compares them with the answer's
 * {@link Enum#name()}, which no enum can override. It never compares the submission's enum objects: the
 * submission declares the enum, and could make every option a field that points to one constant, so that the
 * answer would be identical (and {@code equals}) to whichever option the check expects.
 */
public final class AnswerAssert<E extends Enum<E>> extends CheckAssert<AnswerAssert<E>, E> {

    private static final String UNANSWERED = "UNANSWERED";
    /** What to try after choosing an option the check wrote no hint for. */
    private static final String READ_AGAIN = "Read the question again, and the README's notes on it.";

    private final String question;
    private final Class<E> options;
    private final Map<String, String> hints = new HashMap<>();
    private String experiment = "";

    private AnswerAssert(String question, Class<E> options, E answer) {
        super(answer, AnswerAssert.class);
        this.question = question;
        this.options = options;
        Evidence.record("answer", answer == null ? "null" : answer.name());
        hint(READ_AGAIN);
    }

    /**
     * @param question how the learner finds the question, for example "Answers.ONE_CASHIER_TWO_LINES (question 1)"
     * @param options  the enum of the answer, needed because the answer may be null
     */
    public static <E extends Enum<E>> AnswerAssert<E> assertThat(String question, Class<E> options, E answer) {
        return new AnswerAssert<>(question, options, answer);
    }

    /**
     * What to say to a learner who chose the option named {@code option}: a question to think about, not the answer.
     * It becomes the assertion's hint when that option is chosen; {@link #hint(String)} covers the options without one.
     */
    public AnswerAssert<E> hintFor(String option, String hint) {
        hints.put(anOption(option), hint);
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
            String choices = optionNames().stream().filter(name -> !name.equals(UNANSWERED))
                    .collect(Collectors.joining(", "));
            failWithMessage("%s is not answered yet. Set it to one of %s: %s.", question, options.getSimpleName(),
                    choices);
        }
        return this;
    }

    /**
     * The chosen option is the one named {@code expected}; otherwise the hint written for the chosen one. A name
     * that is not an option of the enum (misspelt in the check, or aliased in the submission) is never chosen.
     */
    public AnswerAssert<E> is(String expected) {
        isAnswered();
        String chosen = actual.name();
        if (!chosen.equals(expected)) {
            if (hints.containsKey(chosen)) {
                hint(hints.get(chosen));
            }
            failWithMessage("%s: %s is not it.%s%s", question, chosen, experiment, hint());
        }
        Evidence.note("Right." + experiment);
        return this;
    }

    /** A hint for a name that is not an option would never be shown: the check misspelt it. */
    private String anOption(String name) {
        if (!optionNames().contains(name)) {
            throw new IllegalArgumentException(options.getSimpleName() + " has no option " + name
                    + ", which the check has a hint for; its options are " + String.join(", ", optionNames()) + ".");
        }
        return name;
    }

    private List<String> optionNames() {
        E[] constants = options.getEnumConstants();
        return constants == null ? List.of() : Arrays.stream(constants).map(Enum::name).toList();
    }
}
