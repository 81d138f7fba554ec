package dev.overlap.integrity;

import java.util.List;

/**
 * The packages of the kit and of the libraries it grades with. A submission never declares a class
 * in them and never uses one: the checks, the recorders and the timers are the grader's alone.
 */
public final class KitPackages {

    private static final List<String> PATTERNS = List.of("dev.overlap..", "org.junit..", "org.opentest4j..",
            "org.apiguardian..", "org.assertj..", "net.bytebuddy..", "org.awaitility..", "org.hamcrest..",
            "com.tngtech..", "com.fasterxml..", "picocli..", "org.slf4j..");

    private static final List<String> PREFIXES = PATTERNS.stream()
            .map(pattern -> pattern.substring(0, pattern.length() - 1)).toList();

    private KitPackages() {
    }

    public static boolean contains(String className) {
        return PREFIXES.stream().anyMatch(className::startsWith);
    }

    static String[] patterns() {
        return PATTERNS.toArray(String[]::new);
    }
}
