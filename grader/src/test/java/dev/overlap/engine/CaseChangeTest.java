package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A corpus case stored as a diff")
class CaseChangeTest {

    private static final String TASKS = "src/main/java/demo/Tasks.java";
    private static final String HELPER = "src/main/java/demo/Helper.java";

    private static final String TASKS_BEFORE = """
            package demo;
            class Tasks {
                int first() {
                    return 1;
                }
                int second() {
                    return 2;
                }
            }
            """;

    private static final String HELPER_BEFORE = """
            package demo;
            class Helper {
                static final int LIMIT = 4;
            }
            """;

    private static final String CHANGE = """
            --- a/src/main/java/demo/Tasks.java
            +++ b/src/main/java/demo/Tasks.java
            @@ -1,4 +1,4 @@
             package demo;
             class Tasks {
                 int first() {
            -        return 1;
            +        return 10;
            @@ -6,4 +6,4 @@
                 int second() {
            -        return 2;
            +        return 20;
                 }
             }
            --- a/src/main/java/demo/Helper.java
            +++ b/src/main/java/demo/Helper.java
            @@ -1,4 +1,5 @@
             package demo;
             class Helper {
                 static final int LIMIT = 4;
            +    static final int MORE = 8;
             }
            """;

    @TempDir
    Path folder;

    @Test
    @DisplayName("changes every file it names, hunk by hunk, and leaves no diff in the submission")
    void appliesATwoFileDiff() throws IOException {
        layOutWithChange(TASKS_BEFORE);

        CaseChange.apply("02-two-files", folder);

        assertThat(folder.resolve(TASKS)).hasContent(changed(TASKS_BEFORE));
        assertThat(folder.resolve(HELPER))
                .hasContent(HELPER_BEFORE.replace("4;\n", "4;\n    static final int MORE = 8;\n"));
        assertThat(folder.resolve(CaseChange.FILE)).doesNotExist();
    }

    @Test
    @DisplayName("still applies where lines were added above its hunks, whose own lines did not change")
    void followsLinesThatMoved() throws IOException {
        String moved = TASKS_BEFORE.replace("    int second", "    // a line added since\n    int second");
        layOutWithChange(moved);

        CaseChange.apply("02-two-files", folder);

        assertThat(folder.resolve(TASKS)).hasContent(changed(moved));
    }

    @Test
    @DisplayName("applies a hunk below one that removed many lines, where the later hunk's own numbers point")
    void appliesAHunkBelowALongRemoval() throws IOException {
        write(TASKS, numbered(1, 20));
        write(CaseChange.FILE, """
                --- a/src/main/java/demo/Tasks.java
                +++ b/src/main/java/demo/Tasks.java
                @@ -2,10 +2,2 @@
                 line 2
                -line 3
                -line 4
                -line 5
                -line 6
                -line 7
                -line 8
                -line 9
                -line 10
                 line 11
                @@ -16,3 +8,3 @@
                 line 16
                -line 17
                +line seventeen
                 line 18
                """);

        CaseChange.apply("03-long-removal", folder);

        assertThat(folder.resolve(TASKS)).hasContent(numbered(1, 2) + numbered(11, 16) + "line seventeen\n"
                + numbered(18, 20));
    }

    @Test
    @DisplayName("fails with a sentence naming the case, the file and the hunk whose lines changed in the start")
    void failsOnAStaleHunk() throws IOException {
        layOutWithChange(TASKS_BEFORE.replace("return 2;", "return 2 * 1;"));

        assertThatIllegalStateException().isThrownBy(() -> CaseChange.apply("02-two-files", folder))
                .withMessage("02-two-files: hunk 2 of 2 (@@ -6,4 +6,4 @@) of its change.diff no longer matches "
                        + TASKS + " in the folder it starts from, which changed since the case was written; lay"
                        + " that folder out, make the case's change again and write the diff anew.");
    }

    @Test
    @DisplayName("fails, naming the case and the file, when the start lacks a file it changes")
    void failsOnAMissingFile() throws IOException {
        write(TASKS, TASKS_BEFORE);
        write(CaseChange.FILE, CHANGE);

        assertThatIllegalStateException().isThrownBy(() -> CaseChange.apply("02-two-files", folder))
                .withMessageStartingWith("02-two-files: its change.diff changes " + HELPER
                        + ", which the folder it starts from does not have");
    }

    @Test
    @DisplayName("leaves a case without a diff as it was laid out")
    void leavesWholeFilesAlone() throws IOException {
        write(TASKS, TASKS_BEFORE);

        CaseChange.apply("01-whole-file", folder);

        assertThat(folder.resolve(TASKS)).hasContent(TASKS_BEFORE);
    }

    @Test
    @DisplayName("refuses a case that holds whole a file its start has, naming the case and the file")
    void refusesAWholeCopyOfAStartFile() throws IOException {
        write("start/" + TASKS, TASKS_BEFORE);
        write("case/" + TASKS, changed(TASKS_BEFORE));
        write("case/expected.properties", "status=graded\n");

        assertThatIllegalStateException()
                .isThrownBy(() -> CaseChange.refuseCopies("04-copy", folder.resolve("case"), folder.resolve("start")))
                .withMessageStartingWith("04-copy: it holds " + TASKS + " whole, and the folder it starts from has"
                        + " that file too");
    }

    @Test
    @DisplayName("lets a case hold whole the files its start lacks, beside a diff of the ones it has")
    void acceptsNewFilesWhole() throws IOException {
        write("start/" + TASKS, TASKS_BEFORE);
        write("case/" + HELPER, HELPER_BEFORE);
        write("case/" + CaseChange.FILE, CHANGE);

        assertThatNoException()
                .isThrownBy(() -> CaseChange.refuseCopies("05-new", folder.resolve("case"), folder.resolve("start")));
    }

    /** Lays out both files, {@code tasks} as the start's Tasks.java, and the two-file diff over them. */
    private void layOutWithChange(String tasks) throws IOException {
        write(TASKS, tasks);
        write(HELPER, HELPER_BEFORE);
        write(CaseChange.FILE, CHANGE);
    }

    /** What the two-file diff makes of Tasks.java. */
    private static String changed(String tasks) {
        return tasks.replace("return 1;", "return 10;").replace("return 2;", "return 20;");
    }

    private static String numbered(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(n -> "line " + n + "\n").collect(Collectors.joining());
    }

    private void write(String file, String text) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
