package dev.overlap.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The figures a check measured, reported beside its verdict whether it passed or not. Assertions of
 * the kit record into the evidence of the check that is running; checks run one at a time.
 *
 * <p>Figures are kept per assertion. Within one assertion the last value for a name wins (an assertion measured again
 * replaces its figure); when a later assertion of the same check records a name an earlier one recorded, both figures
 * are kept, in the order asserted, and the name's value becomes the list of them (the same figure twice stays one).
 * A check with one assertion per name, nearly every check, reports exactly the figures it always did. Figures recorded
 * by the check itself, outside an assertion, belong to the assertion before them.
 */
public final class Evidence {

    /**
     * The measurement of a timed check that failed closed: the machine stayed too busy to judge it, so it was not
     * run, and its zero judged nothing of the code (the verdict benchmark counts it apart from wrong verdicts).
     */
    public static final String FAILED_CLOSED = "failed_closed";

    private static volatile Evidence current = new Evidence();

    /** Per name, the figure of each assertion that recorded it, in the order asserted. */
    private final Map<String, List<Figure>> measurements = new LinkedHashMap<>();
    /** The assertion now recording, counted from the check's start: 0 until the first one. */
    private int assertion;
    /** How many assertions are running others as part of themselves (a trial checks each of its runs). */
    private int enclosing;
    private final Set<Finding> findings = new LinkedHashSet<>();
    private String note;

    /** Records a named figure of the running assertion; its last value for a name wins (see the class comment). */
    public static void record(String name, Object value) {
        Evidence evidence = current;
        synchronized (evidence) {
            List<Figure> figures = evidence.measurements.computeIfAbsent(name, n -> new ArrayList<>());
            if (!figures.isEmpty() && figures.getLast().assertion() == evidence.assertion) {
                figures.removeLast();
            }
            if (figures.isEmpty() || !Objects.equals(figures.getLast().value(), value)) {
                figures.add(new Figure(evidence.assertion, value));
            }
        }
    }

    /**
     * An assertion begins: what is recorded from now on is its figures. Called by every assertion of the kit as it is
     * made; one made while another {@linkplain #partOfTheRunningAssertion(Callable) runs it as its part} records as
     * that one.
     */
    public static void assertionBegins() {
        Evidence evidence = current;
        synchronized (evidence) {
            if (evidence.enclosing == 0) {
                evidence.assertion++;
            }
        }
    }

    /**
     * Runs {@code work}, whose assertions are part of the running one and record its figures: a trial checks every run
     * it times with assertions of their own, and the trial's figures are the ones to report.
     */
    public static <T> T partOfTheRunningAssertion(Callable<T> work) throws Exception {
        Evidence evidence = current;
        synchronized (evidence) {
            evidence.enclosing++;
        }
        try {
            return work.call();
        } finally {
            synchronized (evidence) {
                evidence.enclosing--;
            }
        }
    }

    /**
     * Names the mistake the running check recognised, where it writes the feedback that explains it; a check may name
     * several. Only a check that fails reports its findings.
     */
    public static void finding(Finding finding) {
        synchronized (current) {
            current.findings.add(finding);
        }
    }

    /** Names the mistake as {@link #finding(Finding)} does, and gives back the feedback that explains it. */
    public static String finding(Finding finding, String feedback) {
        finding(finding);
        return feedback;
    }

    /** What a passing check says to the learner; a failing check speaks through its assertion message. */
    public static void note(String sentence) {
        current.note = sentence;
    }

    /** One more sentence after the note of the running check, or its only one. */
    public static void addToNote(String sentence) {
        Evidence evidence = current;
        evidence.note = evidence.note == null ? sentence : evidence.note + " " + sentence;
    }

    static Evidence begin() {
        current = new Evidence();
        return current;
    }

    /** Each name's figure, or the list of them when several assertions recorded it. */
    Map<String, Object> measurements() {
        synchronized (this) {
            Map<String, Object> figures = new LinkedHashMap<>();
            measurements.forEach((name, values) -> figures.put(name, values.size() == 1 ? values.getFirst().value()
                    : values.stream().map(Figure::value).toList()));
            return figures;
        }
    }

    List<Finding> findings() {
        synchronized (this) {
            return List.copyOf(findings);
        }
    }

    Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** One figure and the assertion that recorded it. */
    private record Figure(int assertion, Object value) {
    }
}
