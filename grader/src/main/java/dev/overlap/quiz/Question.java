package dev.overlap.quiz;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One question of a quiz, as a row of the quiz's table: where the learner answers it, the right option, a hint for
 * each wrong option the learner may pick, and the experiment that measures it, if any. {@link #grade} runs the row
 * through one {@link AnswerAssert}, so every question is graded the same way.
 *
 * @param <E> the enum of the answer
 */
public final class Question<E extends Enum<E>> {

    /** What the kit measures for a question, told in a sentence; it may read the learner's answer (answered). */
    @FunctionalInterface
    public interface Experiment<E> {
        String run(E answer) throws Exception;
    }

    private final String label;
    private final Class<E> options;
    private final String right;
    private final Map<String, String> hints = new LinkedHashMap<>();
    private Experiment<E> experiment;
    private Finding mistake;

    private Question(String label, Class<E> options, String right) {
        this.label = label;
        this.options = options;
        this.right = right;
    }

    /**
     * Question {@code number}, answered in the field {@code field} of the learner's {@code Answers} with a constant
     * of {@code options}; {@code right} names the right one.
     */
    public static <E extends Enum<E>> Question<E> number(int number, String field, Class<E> options, String right) {
        return new Question<>("Answers." + field + " (question " + number + ")", options, right);
    }

    /** What to say to a learner who chose {@code option}: a question to think about, not the answer. */
    public Question<E> hint(String option, String hint) {
        hints.put(option, hint);
        return this;
    }

    /** The misconception a wrong answer shows, for the class view; an unanswered question shows none. */
    public Question<E> mistakeIs(Finding misconception) {
        this.mistake = misconception;
        return this;
    }

    /** The experiment whose sentence joins the verdict; it runs only once the question is answered. */
    public Question<E> measuredBy(Experiment<E> experiment) {
        this.experiment = experiment;
        return this;
    }

    /** Grades the learner's {@code answer}: right, or the hint for the option chosen (and the experiment's figures). */
    public void grade(E answer) throws Exception {
        AnswerAssert<E> check = AnswerAssert.assertThat(label, options, answer);
        hints.forEach(check::hintFor);
        if (experiment != null) {
            check.isAnswered().experiment(experiment.run(answer));
        }
        if (mistake != null && answer != null && !answer.name().equals(right)) {
            Evidence.finding(mistake);
        }
        check.is(right);
    }
}
