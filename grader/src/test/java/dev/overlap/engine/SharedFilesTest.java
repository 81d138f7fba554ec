package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Classes two exercises share stay copied, because each exercise folder compiles on its own (the grader compiles
 * one folder, and a learner gets one folder). So that the copies never drift, this test holds them identical but
 * for their package line.
 */
@DisplayName("Classes two exercises share are identical but for their package")
class SharedFilesTest {

    /** One class kept in two exercises: its file name, and the source folder of its package in each. */
    private record Shared(String file, String first, String second) {
    }

    private static final String ANIMALS = "exercises/03-animals-api/src/main/java/animals";
    private static final String RIGHT_TOOL = "exercises/10-right-tool/src/main/java/righttool";

    private static final List<Shared> SHARED = List.of(
            new Shared("Json.java", ANIMALS, RIGHT_TOOL),
            new Shared("AnimalsClient.java", ANIMALS, RIGHT_TOOL),
            new Shared("Animal.java", ANIMALS, RIGHT_TOOL));

    @Test
    @DisplayName("each shared class reads the same in both exercises, line for line, but for the package")
    void copiesAreIdentical() throws IOException {
        List<String> drifted = new ArrayList<>();
        for (Shared shared : SHARED) {
            Path first = Corpora.project().resolve(shared.first()).resolve(shared.file());
            Path second = Corpora.project().resolve(shared.second()).resolve(shared.file());
            List<String> firstLines = withoutPackage(first);
            List<String> secondLines = withoutPackage(second);
            int line = IntStream.range(0, Math.max(firstLines.size(), secondLines.size()))
                    .filter(index -> !lineAt(firstLines, index).equals(lineAt(secondLines, index)))
                    .findFirst().orElse(-1);
            if (line >= 0) {
                drifted.add(String.format("%s/%s differs from %s/%s at line %d:%n  \"%s\"%n  \"%s\"",
                        shared.second(), shared.file(), shared.first(),
                        shared.file(), line + 1, lineAt(secondLines, line), lineAt(firstLines, line)));
            }
        }
        assertThat(drifted).as("shared classes that drifted apart; change both copies alike").isEmpty();
    }

    /** The file's lines, its package line made the same in every exercise. */
    private static List<String> withoutPackage(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.startsWith("package ") ? "package" : line).toList();
    }

    private static String lineAt(List<String> lines, int index) {
        return index < lines.size() ? lines.get(index) : "(the file has ended)";
    }
}
