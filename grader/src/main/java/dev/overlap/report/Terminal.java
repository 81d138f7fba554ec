package dev.overlap.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How wide the learner's terminal is, and text wrapped to it. The grade run's output passes through Maven, so
 * it is not a terminal itself: the width comes from {@code COLUMNS} when a shell exports it, else from the
 * controlling terminal ({@code stty size}), else the 80 columns every terminal has.
 */
public final class Terminal {

    private static final int USUAL = 80;
    private static final int NARROWEST = 40;

    private Terminal() {
    }

    public static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,4}")) {
            return Math.max(NARROWEST, Integer.parseInt(columns.strip()));
        }
        return controllingTerminalWidth();
    }

    private static int controllingTerminalWidth() {
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return USUAL;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (stty.waitFor(1, TimeUnit.SECONDS) && stty.exitValue() == 0 && size.matches("\\d+ \\d+")) {
                return Math.max(NARROWEST, Integer.parseInt(size.split(" ")[1]));
            }
        } catch (IOException e) {
            return USUAL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return USUAL;
    }

    /**
     * The text's lines broken at spaces so that none is wider than {@code width}, each starting with
     * {@code indent}. A word longer than a line (a path, a URL) keeps a line of its own rather than being cut.
     */
    public static List<String> wrap(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        int room = Math.max(NARROWEST / 2, width - indent.length());
        text.lines().forEach(paragraph -> {
            String lead = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
            StringBuilder line = new StringBuilder(lead);
            for (String word : paragraph.strip().split(" +")) {
                if (line.length() > lead.length() && line.length() + 1 + word.length() > room) {
                    lines.add(indent + line);
                    line = new StringBuilder(lead);
                }
                if (line.length() > lead.length()) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add((indent + line).stripTrailing());
        });
        return lines;
    }
}
