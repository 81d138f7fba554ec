package dev.overlap.checks.webserver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Random conversations with the front desk: lines to send with the replies they must get, and bad
 * lines that must each get an error. Drawn from the check's seeded generator, so a submission cannot
 * know them in advance and a report's seed reproduces them.
 */
record Script(List<String> lines, List<String> replies, List<String> topics) {

    private static final String WORDS = "owl lark wren kite swift crane heron finch robin stork ibis tern";

    /** A mix of every command, in random order and random case, with unique report topics. */
    static Script commands(RandomGenerator random, RecordedArchive archive) {
        List<String> lines = new ArrayList<>();
        List<String> replies = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        int count = random.nextInt(10, 16);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(4)) {
                case 0 -> add(lines, replies, verb("ping", random), "PONG");
                case 1 -> {
                    String text = words(random, random.nextInt(1, 4));
                    add(lines, replies, verb("echo", random) + " " + text, text);
                }
                case 2 -> {
                    List<Long> numbers = random.longs(random.nextInt(1, 6), -1_000_000, 1_000_000).boxed().toList();
                    add(lines, replies, verb("sum", random) + " " + numbers.stream().map(String::valueOf)
                            .collect(Collectors.joining(" ")), Long.toString(numbers.stream().mapToLong(n -> n).sum()));
                }
                default -> {
                    String topic = words(random, 1) + "-" + i;
                    topics.add(topic);
                    add(lines, replies, verb("report", random) + " " + topic,
                            "REPORT " + topic + ": " + archive.reportOn(topic));
                }
            }
        }
        return new Script(lines, replies, topics);
    }

    /** Lines that are not commands, each of which must get an ERROR reply. */
    static List<String> badLines(RandomGenerator random) {
        List<String> lines = new ArrayList<>(List.of("", "   ", "HELLO", "SUM", "SUM 1 two", "SUM 1.5",
                "SUM " + Long.MAX_VALUE + " 1", "REPORT", "REPORT    ", "PINGPING", "x".repeat(20_000)));
        lines.add("?" + random.ints(random.nextInt(5, 40), 0x21, 0x2FF).filter(Character::isLetterOrDigit)
                .mapToObj(Character::toString).collect(Collectors.joining()));
        lines.add(words(random, 2).toUpperCase(Locale.ROOT) + "!");
        return lines;
    }

    private static void add(List<String> lines, List<String> replies, String line, String reply) {
        lines.add(line);
        replies.add(reply);
    }

    private static String verb(String verb, RandomGenerator random) {
        return random.nextBoolean() ? verb.toUpperCase(Locale.ROOT) : verb;
    }

    private static String words(RandomGenerator random, int count) {
        String[] words = WORDS.split(" ");
        return IntStream.range(0, count).mapToObj(i -> words[random.nextInt(words.length)])
                .collect(Collectors.joining(" "));
    }
}
