package dev.overlap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("class.html, the class view")
class ClassViewTest {

    @TempDir
    Path out;

    @Test
    @DisplayName("counts per check the learners who passed, out of every learner of the class")
    void countsThePassesPerCheck() throws IOException {
        String page = written(30);

        assertThat(page).contains("<h1>Class view: 31 learners</h1>", "1 of them could not be graded")
                .containsPattern("runs every task once, in order</td>\\s*<td class=\"count passed\">.*30 of 31")
                .containsPattern("has all three tasks in flight</td>\\s*<td class=\"count passed\">.*16 of 31")
                .containsPattern("keeps the heartbeat while manifests wait</td>\\s*<td class=\"count passed\">"
                        + ".*15 of 31");
    }

    @Test
    @DisplayName("draws the speedup against the required one, the peak in flight and the heartbeat lag as histograms")
    void drawsTheFiguresThatMatter() throws IOException {
        String page = written(30);

        assertThat(page).contains("speedup ÷ required: 0.42× to 1.21×", "peak in flight: 1 to 3",
                "worst heartbeat lag: 5 ms to 590 ms", "(30 learners)", "<title>passes at 1×</title>");
        assertThat(page.split("<svg ", -1)).hasSize(4);
    }

    @Test
    @DisplayName("lists each finding with its meaning, how many learners made it, and links to their reports")
    void listsTheCommonMistakes() throws IOException {
        String page = written(30);

        assertThat(page).contains("<code>blocks-the-loop</code>", "waits on the event loop&#39;s thread",
                "<a href=\"learner-03/report.html\" title=\"01-three-tasks\">learner-03</a>",
                "<a href=\"learner-05/report.html\" title=\"01-three-tasks\">learner-05</a>")
                .containsPattern("<code>waits-in-loop</code>.*\\s*<td class=\"count\">10</td>")
                .containsPattern("<code>fixed-pool</code>.*\\s*<td class=\"count\">4</td>")
                .containsPattern("<code>blocks-the-loop</code>.*\\s*<td class=\"count\">15</td>");
        assertThat(page.indexOf("blocks-the-loop")).as("findings are in the vocabulary's order")
                .isGreaterThan(page.indexOf("<code>waits-in-loop"));
    }

    @Test
    @DisplayName("stays far under 3 MiB for a class of 30, without scripts beyond the error trap or any network")
    void staysSmallAndSelfContained() throws IOException {
        written(30);
        long size = Files.size(out.resolve(ClassView.FILE_NAME));

        assertThat(size).as("class.html of 30 learners, in bytes").isLessThan(3L * 1024 * 1024);
        assertThat(Files.readString(out.resolve(ClassView.FILE_NAME))).doesNotContain("http://", "https://",
                "<link", " src=");
    }

    private String written(int learners) throws IOException {
        SampleClass.gradebook(learners).write(out);
        return Files.readString(out.resolve(ClassView.FILE_NAME));
    }
}
