package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every exercise README tells which checks wait for which, in a table made from the check classes themselves, so
 * it cannot drift from what the grader does. Run with {@code -Dreadme.update=true} to write the tables after a
 * change to the checks (an author's step; the build only compares).
 */
@DisplayName("Every exercise README shows which checks wait for which, as the grader runs them")
class ReadmeGatesTest {

    static final String BEGIN = "<!-- checks by task: made from the check class, see ReadmeGatesTest -->";
    static final String END = "<!-- end of checks by task -->";

    @Test
    @DisplayName("each README's table of checks by task matches its check class")
    void everyReadmeShowsTheGates() throws IOException {
        boolean update = Boolean.getBoolean("readme.update");
        List<String> stale = new ArrayList<>();
        for (ExerciseSpec exercise : Catalog.load().exercises()) {
            Path readme = Corpora.project().resolve("exercises").resolve(exercise.id()).resolve("README.md");
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            String wanted = BEGIN + "\n" + table(exercise) + END;
            if (begin >= 0 && end > begin && text.substring(begin, end + END.length()).equals(wanted)) {
                continue;
            }
            if (update && begin >= 0 && end > begin) {
                Files.writeString(readme, text.substring(0, begin) + wanted + text.substring(end + END.length()),
                        StandardCharsets.UTF_8);
            } else {
                stale.add(exercise.id() + (begin < 0 ? " has no table between " + BEGIN + " and " + END
                        : "'s table differs; it should read:\n" + wanted));
            }
        }
        assertThat(stale).as("READMEs whose table of checks by task is missing or stale").isEmpty();
    }

    @Test
    @DisplayName("the root README's table of exercises names every exercise of the catalog, in order, and no other")
    void rootReadmeListsTheCatalog() throws IOException {
        String readme = Files.readString(Corpora.project().resolve("README.md"), StandardCharsets.UTF_8);
        List<String> listed = readme.lines().map(line -> line.split("\\|"))
                .filter(cells -> cells.length > 2 && cells[1].strip().matches("`\\d{2}-[a-z0-9-]+`"))
                .map(cells -> cells[1].strip().replace("`", "")).toList();

        assertThat(listed).as("the exercises in the root README's table").containsExactlyElementsOf(
                Catalog.load().exercises().stream().map(ExerciseSpec::id).toList());
    }

    /** One row per check, by task, in the order of the source: its sentence, its kind and what it waits for. */
    static String table(ExerciseSpec exercise) {
        StringBuilder table = new StringBuilder("| task | check | kind | points | runs only after |\n"
                + "|---|---|---|---|---|\n");
        for (CheckSpec check : exercise.checks().stream().sorted(Comparator.comparingInt(CheckSpec::task)).toList()) {
            String waits = check.waitsFor().isEmpty() ? "—" : check.waitsFor().stream()
                    .map(method -> exercise.checks().stream().filter(other -> other.method().equals(method))
                            .findFirst().orElseThrow())
                    .map(other -> "\"" + other.name() + "\"")
                    .collect(Collectors.joining(", "));
            table.append("| ").append(check.task()).append(" | ").append(check.name()).append(" | ")
                    .append(check.kind().id()).append(" | ").append(check.points()).append(" | ").append(waits)
                    .append(" |\n");
        }
        return table.toString();
    }
}
