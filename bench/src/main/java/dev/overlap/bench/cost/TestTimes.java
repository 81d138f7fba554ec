package dev.overlap.bench.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** How long each test class of a build took, read from Surefire's and Failsafe's XML reports. */
record TestTimes(String testClass, double seconds, int tests) {

    private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    static List<TestTimes> under(Path root) throws IOException {
        List<TestTimes> times = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 4)) {
            for (Path file : files.filter(TestTimes::isReport).toList()) {
                Matcher suite = SUITE.matcher(Files.readString(file));
                if (suite.find()) {
                    times.add(parse(suite.group()));
                }
            }
        }
        times.sort(Comparator.comparingDouble(TestTimes::seconds).reversed());
        return times;
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml")
                && (folder.equals("surefire-reports") || folder.equals("failsafe-reports"));
    }

    private static TestTimes parse(String element) {
        String name = "";
        double seconds = 0;
        int tests = 0;
        Matcher attribute = ATTRIBUTE.matcher(element);
        while (attribute.find()) {
            switch (attribute.group(1)) {
                case "name" -> name = attribute.group(2);
                case "time" -> seconds = Double.parseDouble(attribute.group(2).replace(",", ""));
                case "tests" -> tests = Integer.parseInt(attribute.group(2));
                default -> { }
            }
        }
        return new TestTimes(name.substring(name.lastIndexOf('.') + 1), seconds, tests);
    }
}
