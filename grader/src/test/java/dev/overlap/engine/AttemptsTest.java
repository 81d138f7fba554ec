package dev.overlap.engine;

import static dev.overlap.engine.Corpora.everything;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Grades the corpus of half-right attempts (grader/src/test/resources/attempts): each is a solution with one
 * mistake its README lists under "Tempting but wrong". A mistake must cost exactly the checks of the task it breaks,
 * keep every other, and be named in the feedback with its fix. Only the checks an attempt is about (and those they
 * wait for) are graded, all attempts in one run. Timed speedup checks stay out of the lists where another check of
 * the task names the mistake: a trial costs seconds per case, and the self-check already shows that slow code
 * loses them.
 */
@DisplayName("Every half-right attempt a README warns about costs its task's points and is named in the feedback")
class AttemptsTest {

    private static final Pattern ENTRY = Pattern.compile("^- \\*\\*(.+?)\\*\\*", Pattern.MULTILINE);

    @RegisterExtension
    static final GradedCorpus<Attempt> attempts = GradedCorpus.of("Attempts", Attempt::under);

    @TestFactory
    @DisplayName("every attempt loses exactly the checks it declares, keeps the others, and is told why")
    Stream<DynamicTest> everyAttemptGradesAsDeclared() {
        return attempts.eachCase((attempt, report) -> assertThat(attempt.mismatches(report))
                .as("%s (%s), what grading said:%s", attempt.name(), attempt.entry(), everything(report)).isEmpty());
    }

    @Test
    @DisplayName("every attempt keeps a check of a task its mistake does not break, where there is one")
    void everyAttemptKeepsAnotherTask() {
        List<String> keepNoOtherTask = attempts.cases().stream().filter(attempt -> {
            List<CheckSpec> checks = attempts.exercises().get(attempt.exercise()).checks();
            List<Integer> broken = checks.stream().filter(check -> attempt.loses().contains(check.method()))
                    .map(CheckSpec::task).distinct().toList();
            return checks.stream().anyMatch(check -> !broken.contains(check.task()))
                    && checks.stream().noneMatch(check -> attempt.keeps().contains(check.method())
                            && !broken.contains(check.task()));
        }).map(Attempt::name).toList();
        assertThat(keepNoOtherTask).as("attempts that keep no check of a task their mistake does not break").isEmpty();
    }

    @Test
    @DisplayName("every \"Tempting but wrong\" entry of every exercise README has an attempt that quotes it")
    void everyTemptingMistakeHasAnAttempt() throws IOException {
        List<String> missing = new ArrayList<>();
        for (ExerciseSpec exercise : Catalog.load().exercises()) {
            for (String entry : temptingButWrong(exercise.id())) {
                if (attempts.cases().stream().noneMatch(attempt -> attempt.exercise().equals(exercise.id())
                        && plain(attempt.entry()).contains(plain(entry)))) {
                    missing.add(exercise.id() + ": \"" + entry + "\"");
                }
            }
        }
        assertThat(missing).as("entries without an attempt whose first comment line quotes them").isEmpty();
    }

    /** Words as a comment may quote them: without code marks, stops and colons. */
    private static String plain(String text) {
        return text.replaceAll("[`.:]", "").strip();
    }

    /** The bold opening words of each entry under the README's "Tempting but wrong". */
    private static List<String> temptingButWrong(String exercise) throws IOException {
        String readme = Files.readString(Corpora.project().resolve("exercises").resolve(exercise)
                .resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Tempting but wrong");
        if (start < 0) {
            return List.of();
        }
        int end = readme.indexOf("\n## ", start + 1);
        Matcher entries = ENTRY.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<String> found = new ArrayList<>();
        while (entries.find()) {
            found.add(entries.group(1));
        }
        return found;
    }
}
