package dev.overlap.workload.animals;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the Animals API on its own, to try it with curl or a starter's {@code main}:
 * {@code ./mvnw -q -Panimals-api verify} (options as {@code -Danimals.args="--limit=2 --mirrors"}).
 */
@Command(name = "animals-api", mixinStandardHelpOptions = true,
        description = "Serves random animals as JSON on loopback until stopped with Ctrl-C.")
public final class AnimalsApiCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Port of the (first) service.")
    int port;

    @Option(names = "--latency-ms", defaultValue = "200", description = "How long each request waits.")
    long latencyMillis;

    @Option(names = "--limit", defaultValue = "4", description = "Most requests in flight; more get 429.")
    int limit;

    @Option(names = "--animals", defaultValue = "12", description = "How many animals to serve.")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random animals.")
    long seed;

    @Option(names = "--mirrors", description = "Serve three mirrors on three ports instead: slow, down and fast.")
    boolean mirrors;

    private final PrintStream console = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    public static void main(String[] args) {
        System.exit(new CommandLine(new AnimalsApiCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<ZooAnimal> animals = RandomZoo.of(new Random(seed), count);
        Duration latency = Duration.ofMillis(latencyMillis);
        List<AnimalsApi> services = new ArrayList<>();
        if (mirrors) {
            services.add(start(AnimalsApi.serving(animals).port(port).latency(latency.multipliedBy(3)), "slow"));
            services.add(start(AnimalsApi.serving(animals).port(port + 1).latency(latency.dividedBy(4)).failing(),
                    "down"));
            services.add(start(AnimalsApi.serving(animals).port(port + 2).latency(latency), "fast"));
        } else {
            services.add(start(AnimalsApi.serving(animals).port(port).latency(latency).limit(limit), "the Animals API"));
        }
        String first = services.getFirst().animalUri(animals.getFirst().id()).toString();
        console.println("Try:\n  curl -i " + services.getFirst().uri() + "animals\n  curl -i " + first
                + "\nStop with Ctrl-C.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.forEach(AnimalsApi::close);
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    private AnimalsApi start(AnimalsApi.Builder builder, String role) throws IOException {
        AnimalsApi api = builder.start();
        console.printf("%s on %s: %d animals, %d ms per request%s%n", role, api.uri(), count,
                api.latency().toMillis(), api.limit() == Integer.MAX_VALUE ? ""
                        : ", at most " + api.limit() + " requests in flight (more get 429)");
        return api;
    }
}
