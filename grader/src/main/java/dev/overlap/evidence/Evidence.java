package dev.overlap.evidence;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The figures a check measured, reported beside its verdict whether it passed or not. Assertions of
 * the kit record into the evidence of the check that is running; checks run one at a time.
 */
public final class Evidence {

    /**
     * The measurement of a timed check that failed closed: the machine stayed too busy to judge it, so it was not
     * run, and its zero judged nothing of the code (the verdict benchmark counts it apart from wrong verdicts).
     */
    public static final String FAILED_CLOSED = "failed_closed";

    private static volatile Evidence current = new Evidence();

    private final Map<String, Object> measurements = new LinkedHashMap<>();
    private final Set<Finding> findings = new LinkedHashSet<>();
    private String note;

    /** Records a named figure of the running check; the last value for a name wins. */
    public static void record(String name, Object value) {
        synchronized (current) {
            current.measurements.put(name, value);
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

    Map<String, Object> measurements() {
        synchronized (this) {
            return new LinkedHashMap<>(measurements);
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
}
