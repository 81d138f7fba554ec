package dev.overlap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.overlap.integrity.Integrity;
import dev.overlap.integrity.IntegrityRules;
import dev.overlap.isolate.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The integrity rules must not catch honest code: the everyday shapes of an exercise's solution
 * (records, enums, lambdas, switches, streams, virtual threads, parallel streams, hashing, printing)
 * keep every rule, and network code keeps them only where the exercise allows the network. Each way
 * around the checks that a submission took has a fixture that must be caught, naming what it used,
 * and a harmless twin that must not be.
 */
@DisplayName("The integrity rules let honest code through and close the ways around the checks")
class IntegrityRulesTest {

    /** Left out: the fixtures live in the kit's own package, where no submission's code can be. */
    private static final List<ArchRule> RULES_ON_THE_KITS_PACKAGES = List.of(IntegrityRules.NO_CODE_PASSES_FOR_THE_KIT,
            IntegrityRules.NO_CODE_TOUCHES_THE_GRADERS_CLASSES);

    @TempDir
    Path folder;

    @Test
    @DisplayName("everyday Java of a concurrency exercise keeps every rule")
    void everydayCodeKeepsEveryRule() throws IOException {
        Optional<String> broken = brokenRulesOf("""
                package sample;

                import java.io.ByteArrayOutputStream;
                import java.io.PrintStream;
                import java.security.MessageDigest;
                import java.time.Duration;
                import java.util.*;
                import java.util.concurrent.*;
                import java.util.stream.IntStream;

                public final class Everyday {
                    enum Size { SMALL, LARGE }
                    record Order(String dish, Size size) { }
                    sealed interface Step permits Wait, Work { }
                    record Wait(Duration duration) implements Step { }
                    record Work(int units) implements Step { }

                    static long cost(Step step) {
                        return switch (step) {
                            case Wait wait -> wait.duration().toMillis();
                            case Work work -> work.units() * 2L;
                        };
                    }

                    static String label(Size size) {
                        switch (size) {
                            case SMALL: return "s";
                            default: return "l";
                        }
                    }

                    public static List<String> run(List<Callable<String>> tasks) throws Exception {
                        assert tasks != null;
                        int cores = Runtime.getRuntime().availableProcessors();
                        long start = System.nanoTime();
                        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                            List<Future<String>> futures = tasks.stream().map(executor::submit).toList();
                            List<String> results = new ArrayList<>();
                            for (Future<String> future : futures) {
                                results.add(future.get() + Everyday.class.getSimpleName());
                            }
                            Thread.ofVirtual().start(() -> System.out.println("done in " + (System.nanoTime() - start)))
                                    .join();
                            long sum = IntStream.range(0, 1_000).parallel().mapToLong(i -> i * (long) cores).sum();
                            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(sum).getBytes());
                            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                            new PrintStream(bytes, true).printf("%s %d %s%n", new Order("soup", Size.LARGE),
                                    cost(new Wait(Duration.ofMillis(1))), HexFormat.of().formatHex(hash));
                            results.add(bytes.toString() + label(Size.SMALL) + new Object().getClass().getName());
                            return results;
                        }
                    }
                }
                """, false);

        assertThat(broken).isEmpty();
    }

    @Test
    @DisplayName("an HTTP client breaks the network rule unless the exercise allows the network")
    void networkCodeNeedsTheExercisesPermission() throws IOException {
        String client = """
                package sample;

                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;
                import java.net.http.HttpResponse;

                public final class Client {
                    public static String fetch(URI uri) throws Exception {
                        try (HttpClient http = HttpClient.newHttpClient()) {
                            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                                    .body();
                        }
                    }
                }
                """;

        assertThat(brokenRulesOf(client, false)).hasValueSatisfying(feedback -> assertThat(feedback)
                .contains("no code should open network connections").contains("java.net.http.HttpClient"));
        assertThat(brokenRulesOf(client, true)).isEmpty();
    }

    @ParameterizedTest(name = "{0} breaks \"{1}\" with {2} (network allowed: {3})")
    @CsvSource(delimiter = '|', textBlock = """
            Urls$Caught                             | no code should use java.net.URL         | java.net.URL.openStream()                                           | false
            Urls$Caught                             | no code should use java.net.URL         | java.net.URL.openStream()                                           | true
            Urls$CaughtTurningAUri                  | no code should use java.net.URL         | calls method <java.net.URI.toURL()>                                 | true
            Urls$CaughtByReference                  | no code should use java.net.URL         | references method <java.net.URI.toURL()>                            | true
            Urls$CaughtOnAConnection                | no code should use java.net.URL         | javax.net.ssl.HttpsURLConnection                                    | true
            SystemProperties$Caught                 | no code should change system properties | calls method <java.lang.System.getProperties()>                     | false
            SystemProperties$CaughtByReference      | no code should change system properties | references method <java.lang.System.getProperties()>                | false
            Logging$CaughtReadingAConfiguration     | no code should configure logging        | java.util.logging.LogManager.readConfiguration(java.io.InputStream) | false
            Logging$CaughtRereadingTheConfiguration | no code should configure logging        | java.util.logging.LogManager.readConfiguration()                    | false
            Logging$CaughtUpdatingTheConfiguration  | no code should configure logging        | java.util.logging.LogManager.updateConfiguration(                   | true
            Logging$CaughtSocketHandler             | no code should configure logging        | java.util.logging.SocketHandler                                     | true
            Logging$CaughtFileHandler               | no code should read or write files      | java.util.logging.FileHandler                                       | true
            Desktop$CaughtLoadingAnImage            | no code should read or write files      | java.awt.Toolkit.getImage(java.lang.String)                         | true
            Desktop$CaughtOpeningAPage              | no code should read or write files      | javax.swing.JEditorPane.setPage(java.lang.String)                   | true
            """)
    void catches(String fixture, String rule, String api, boolean allowsNetwork) {
        assertThat(brokenRulesOfFixture(fixture, allowsNetwork))
                .anySatisfy(broken -> assertThat(broken).contains(rule).contains(api));
    }

    @ParameterizedTest(name = "{0} keeps every rule (network allowed: {1})")
    @CsvSource({"Urls$Harmless, true", "SystemProperties$Harmless, false", "Logging$Harmless, false"})
    void sparesTheHarmlessTwins(String fixture, boolean allowsNetwork) {
        assertThat(brokenRulesOfFixture(fixture, allowsNetwork)).isEmpty();
    }

    /** Each rule of the exercise that the fixture breaks, with its text and its violations. */
    private static List<String> brokenRulesOfFixture(String fixture, boolean allowsNetwork) {
        JavaClasses classes = Fixtures.classes(fixture);
        return IntegrityRules.forExercise(allowsNetwork).stream()
                .filter(rule -> !RULES_ON_THE_KITS_PACKAGES.contains(rule))
                .map(rule -> rule.evaluate(classes))
                .filter(EvaluationResult::hasViolation)
                .map(result -> result.getFailureReport().toString())
                .toList();
    }

    private Optional<String> brokenRulesOf(String source, boolean allowsNetwork) throws IOException {
        String name = source.substring(source.indexOf("class ") + 6, source.indexOf(" {", source.indexOf("class ")));
        Path sources = folder.resolve("src-" + name + "/sample");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve(name + ".java"), source);
        Compilation.Result result = Compilation.compileHere(sources.getParent(), folder.resolve("classes-" + name));
        assertThat(result).isInstanceOf(Compilation.Result.Compiled.class);
        Path classes = ((Compilation.Result.Compiled) result).classes();
        return Integrity.broken(classes, allowsNetwork);
    }
}
