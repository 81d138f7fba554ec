package dev.overlap.engine;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffParserException;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a corpus case changes in the kit folder it starts from, stored as a unified diff, {@value #FILE}, rather
 * than as whole copies of the files it changes: the diff is the mistake (or the trick) and nothing else, and a
 * starter or solution edited since cannot drift away from its cases unnoticed. Every file the start has that the
 * case changes is a part of the diff, never a whole copy ({@link #refuseCopies}); only a file the start lacks is
 * held whole. Its paths are relative to the exercise folder ({@code --- a/src/main/java/...}); java-diff-utils
 * applies each hunk where its lines still stand, moved up or down if the file grew or shrank above it, and never
 * over lines that changed.
 */
final class CaseChange {

    static final String FILE = "change.diff";

    private CaseChange() {
    }

    /**
     * Refuses a case that holds whole a file the folder it starts from, laid out in {@code start}, has too: a copy
     * of a kit file with a few lines changed hides its change among the lines it repeats, and stops following the
     * kit when that file changes.
     *
     * @throws IllegalStateException naming the case and the first such file
     */
    static void refuseCopies(String caseName, Path caseFolder, Path start) throws IOException {
        Optional<String> copy;
        try (Stream<Path> files = Files.walk(caseFolder)) {
            copy = files.filter(Files::isRegularFile).map(file -> caseFolder.relativize(file).toString())
                    .filter(file -> Files.exists(start.resolve(file))).sorted().findFirst();
        }
        if (copy.isPresent()) {
            String file = copy.get();
            throw new IllegalStateException(caseName + ": it holds " + file + " whole, and the folder it starts from"
                    + " has that file too; store what the case changes in it as hunks of its " + FILE + ": diff -u"
                    + " --label a/" + file + " --label b/" + file + " <start>/" + file + " <case>/" + file + ".");
        }
    }

    /**
     * Applies the {@value #FILE} laid out in {@code folder} with the case's own files, if there is one, to the files
     * beside it, then removes it: the folder holds what the case submits, not how the case is stored.
     *
     * @throws IllegalStateException naming the case, the file and the hunk, for a hunk whose lines the folder no
     *                               longer holds, a file it lacks, or a diff that does not parse
     */
    static void apply(String caseName, Path folder) throws IOException {
        Path diff = folder.resolve(FILE);
        if (!Files.exists(diff)) {
            return;
        }
        for (UnifiedDiffFile file : read(caseName, diff).getFiles()) {
            Path target = folder.resolve(file.getToFile());
            if (!Files.isRegularFile(target)) {
                throw new IllegalStateException(caseName + ": its " + FILE + " changes " + file.getToFile()
                        + ", which the folder it starts from does not have; a new file belongs in the case whole.");
            }
            Files.writeString(target, String.join("\n", applied(caseName, file, target)) + "\n",
                    StandardCharsets.UTF_8);
        }
        Files.delete(diff);
    }

    private static UnifiedDiff read(String caseName, Path diff) throws IOException {
        try (InputStream in = Files.newInputStream(diff)) {
            UnifiedDiff parsed = UnifiedDiffReader.parseUnifiedDiff(in);
            if (parsed.getFiles().isEmpty()) {
                throw new IllegalStateException(caseName + ": its " + FILE + " changes no file");
            }
            return parsed;
        } catch (UnifiedDiffParserException e) {
            throw new IllegalStateException(caseName + ": its " + FILE + " is not a unified diff: " + e.getMessage(),
                    e);
        }
    }

    /**
     * The file's lines with every hunk applied, the last first: the lines above a hunk are then still as the diff
     * numbers them. One hunk at a time, because {@code Patch.applyFuzzy} looks for a hunk near the line it would
     * have had before the hunks above it added or removed lines, and misses it when they changed many.
     */
    private static List<String> applied(String caseName, UnifiedDiffFile file, Path target) throws IOException {
        List<AbstractDelta<String>> hunks = file.getPatch().getDeltas();
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        for (int i = hunks.size() - 1; i >= 0; i--) {
            Patch<String> one = new Patch<>();
            one.addDelta(hunks.get(i));
            try {
                lines = one.applyFuzzy(lines, 0);
            } catch (PatchFailedException e) {
                throw new IllegalStateException(caseName + ": " + hunk(i + 1, hunks.size(), hunks.get(i))
                        + " of its " + FILE + " no longer matches " + file.getToFile() + " in the folder it starts"
                        + " from, which changed since the case was written; lay that folder out, make the case's"
                        + " change again and write the diff anew.", e);
            }
        }
        return lines;
    }

    /** The hunk as its header reads in the diff: {@code hunk 2 of 3 (@@ -40,7 +40,8 @@)}. */
    private static String hunk(int number, int count, AbstractDelta<String> delta) {
        return "hunk " + number + " of " + count + " (@@ -" + range(delta.getSource()) + " +"
                + range(delta.getTarget()) + " @@)";
    }

    private static String range(Chunk<String> chunk) {
        return (chunk.getPosition() + 1) + "," + chunk.size();
    }
}
