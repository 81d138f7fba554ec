package dev.overlap.proof;

/** A verdict the benchmark knows to be wrong: a solution's check failed, or a starter's went the wrong way. */
record WrongVerdict(int round, String seed, String submission, String exercise, String check, String kind,
                    boolean passed, String feedback) {

    String line() {
        String firstLine = feedback.lines().findFirst().orElse("");
        return String.format("round %d (seed %s): %s %s \"%s\" (%s) %s: %s", round, seed, submission, exercise, check,
                kind, passed ? "passed" : "failed", firstLine.length() > 300 ? firstLine.substring(0, 297) + "..."
                        : firstLine);
    }
}
