package dev.overlap.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One runner's share of a class ({@code -Dshard=K/N}): the learners whose folder name's CRC-32 (of its UTF-8
 * bytes), modulo N, is K - 1.
 *
 * <p>The rule looks at one name only, never at the rest of the class. So a runner may hold all the class's copies or
 * only its own share (the instructor workflow clones only its share, picked with this same rule): either way it
 * grades the same learners, and a learner added to or dropped from the class moves no one else. Round-robin over
 * the sorted names would be exactly balanced, but a learner's shard would then depend on every other name, and a
 * runner holding only its share would cut it again. A checksum is balanced on average: 300 learners on 10 runners
 * give 30 each on average and the largest share about 38, so the class takes about a quarter longer than a perfect
 * split would. CRC-32 is the same in every language ({@code zlib.crc32} in Python): other tools can reproduce the
 * split.
 *
 * <p>Run on its own, with no build ({@code java grader/src/main/java/dev/overlap/engine/Shard.java 2/10 <
 * repositories.txt}), it prints the lines of its input whose learner is in the shard; a line's learner is its last
 * path segment ({@code owner/repo} is cloned into the folder {@code repo}). It uses the JDK alone for that reason.
 *
 * @param number which share, from 1
 * @param count  how many shares the class is cut into
 */
public record Shard(int number, int count) {

    /** The whole class: the default, a run on one machine. */
    public static final Shard ALL = new Shard(1, 1);

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");

    public Shard {
        if (count < 1 || number < 1 || number > count) {
            throw notAShard(number + "/" + count);
        }
    }

    /** {@code K/N}, or the whole class for an empty text; an {@link IllegalArgumentException} says what is wrong. */
    public static Shard parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        Matcher parts = FORM.matcher(text);
        if (!parts.matches()) {
            throw notAShard(text);
        }
        return new Shard(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
    }

    private static IllegalArgumentException notAShard(String text) {
        return new IllegalArgumentException("\"" + text + "\" is not a shard: write K/N, K from 1 to N"
                + " (-Dshard=2/10).");
    }

    public boolean isAll() {
        return count == 1;
    }

    /** Whether the learner whose folder has this name is graded in this shard. */
    public boolean includes(String learner) {
        CRC32 checksum = new CRC32();
        checksum.update(learner.getBytes(StandardCharsets.UTF_8));
        return checksum.getValue() % count == number - 1;
    }

    @Override
    public String toString() {
        return number + "/" + count;
    }

    /** Prints the lines of standard input whose learner (the last path segment) is in the shard {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Shard shard;
        try {
            shard = parse(args.length == 1 ? args[0] : "?");
        } catch (IllegalArgumentException e) {
            System.err.println("Usage: java Shard.java K/N < repositories.txt. " + e.getMessage());
            System.exit(2);
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            lines.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .filter(line -> shard.includes(line.substring(line.lastIndexOf('/') + 1)))
                    .forEach(System.out::println);
        }
    }
}
