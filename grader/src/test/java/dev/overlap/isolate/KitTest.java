package dev.overlap.isolate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A sealed kit")
class KitTest {

    @TempDir
    Path folder;

    @BeforeEach
    void sealTwoJars() throws IOException {
        Files.writeString(folder.resolve("overlap-grader-1.jar"), "the grader");
        Files.writeString(folder.resolve("library-2.jar"), "a library");
        KitSeal.main(new String[] {folder.toString(), "overlap-grader"});
    }

    @Test
    @DisplayName("lists its JARs grader first, and finds no change while they are as sealed")
    void unchanged() throws IOException {
        Kit kit = Kit.sealedIn(folder);
        assertThat(kit.isSealed()).isTrue();
        assertThat(kit.classpath()).extracting(path -> path.getFileName().toString())
                .containsExactly("overlap-grader-1.jar", "library-2.jar");
        assertThat(kit.changes()).isEmpty();
    }

    @Test
    @DisplayName("names a JAR rewritten after the seal, whatever its size and time")
    void rewritten() throws IOException {
        Kit kit = Kit.sealedIn(folder);
        Files.writeString(folder.resolve("library-2.jar"), "a librarx");
        assertThat(kit.changes()).hasValueSatisfying(change -> assertThat(change)
                .contains("library-2.jar differs from its seal").contains("Nothing more is graded"));
    }

    @Test
    @DisplayName("names a JAR planted beside the sealed ones, which a class path wildcard would load")
    void planted() throws IOException {
        Kit kit = Kit.sealedIn(folder);
        Files.writeString(folder.resolve("planted.jar"), "checks of the submission's making");
        assertThat(kit.changes()).hasValueSatisfying(change -> assertThat(change).contains("planted.jar was added"));
    }

    @Test
    @DisplayName("names a JAR removed after the seal")
    void removed() throws IOException {
        Kit kit = Kit.sealedIn(folder);
        Files.delete(folder.resolve("overlap-grader-1.jar"));
        assertThat(kit.changes()).hasValueSatisfying(change -> assertThat(change)
                .contains("overlap-grader-1.jar is missing"));
    }

    @Test
    @DisplayName("refuses to load when a JAR no longer matches, or when there is no seal")
    void refusesToLoad() throws IOException {
        Files.writeString(folder.resolve("overlap-grader-1.jar"), "!", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> Kit.sealedIn(folder)).hasMessageContaining("differs from its seal");
        Files.delete(folder.resolve(Kit.SEAL));
        assertThatThrownBy(() -> Kit.sealedIn(folder)).hasMessageContaining("has no seal");
    }
}
