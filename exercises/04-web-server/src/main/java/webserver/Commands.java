package webserver;

import java.util.Locale;

/**
 * The front desk's line protocol: one command per line, one line back.
 *
 * <pre>
 *   PING            PONG
 *   ECHO some text  some text
 *   SUM 4 5 -2      7
 *   REPORT owls     REPORT owls: (whatever the archive says; this one is slow)
 *   QUIT            BYE, and the server hangs up
 * </pre>
 *
 * A line that is not a command gets {@code ERROR} and a reason; the conversation goes on.
 */
final class Commands {

    private Commands() {
    }

    static Reply answer(String line, Archive archive) throws InterruptedException {
        String trimmed = line.strip();
        int space = trimmed.indexOf(' ');
        String verb = (space < 0 ? trimmed : trimmed.substring(0, space)).toUpperCase(Locale.ROOT);
        String rest = space < 0 ? "" : trimmed.substring(space + 1).strip();
        return switch (verb) {
            case "PING" -> Reply.say("PONG");
            case "ECHO" -> Reply.say(rest);
            case "SUM" -> sum(rest);
            case "REPORT" -> rest.isEmpty() ? Reply.error("REPORT needs a topic")
                    : Reply.say("REPORT " + rest + ": " + archive.report(rest));
            case "QUIT" -> Reply.goodbye();
            case "" -> Reply.error("empty line");
            default -> Reply.error("unknown command " + verb);
        };
    }

    private static Reply sum(String numbers) {
        if (numbers.isEmpty()) {
            return Reply.error("SUM needs numbers");
        }
        long total = 0;
        for (String number : numbers.split("\\s+")) {
            try {
                total = Math.addExact(total, Long.parseLong(number));
            } catch (NumberFormatException e) {
                return Reply.error("not a number: " + number);
            } catch (ArithmeticException e) {
                return Reply.error("the sum is too large");
            }
        }
        return Reply.say(Long.toString(total));
    }
}
