package dev.overlap.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the vocabulary of findings")
class FindingTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Path ATTEMPTS = Path.of("src", "test", "resources", "attempts");

    @Test
    @DisplayName("each code is short kebab-case, reads back as its finding, and has a one-line meaning")
    void codesAreStableAndExplained() {
        assertThat(Finding.values()).allSatisfy(finding -> {
            assertThat(finding.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(Finding.ofCode(finding.code())).contains(finding);
            assertThat(finding.meaning()).isNotBlank().doesNotContain("\n").hasSizeLessThan(160);
        });
        assertThat(Finding.ofCode("no-such-mistake")).isEmpty();
    }

    @Test
    @DisplayName("every finding is named by some check, so the class view never lists a code nothing reports")
    void everyFindingIsUsed() throws IOException {
        String sources = read(MAIN, ".java");

        assertThat(Arrays.stream(Finding.values()).filter(finding -> !sources.contains("Finding." + finding.name())))
                .as("findings no check names").isEmpty();
    }

    @Test
    @DisplayName("every code the attempts corpus expects is in the vocabulary")
    void attemptsUseTheVocabulary() throws IOException {
        List<String> codes;
        try (Stream<Path> files = Files.walk(ATTEMPTS)) {
            codes = files.filter(file -> file.getFileName().toString().equals("expected.properties"))
                    .flatMap(file -> Arrays.stream(load(file).getProperty("findings", "").split(",")))
                    .map(String::strip).filter(code -> !code.isEmpty()).toList();
        }

        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(Finding.ofCode(code)).as(code).isPresent());
    }

    private static String read(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                all.append(Files.readString(file));
            }
            return all.toString();
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(file + " is unreadable", e);
        }
        return properties;
    }
}
