package dev.overlap.checks.mirrors;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.overlap.workload.animals.AnimalsApi;
import dev.overlap.workload.animals.Outcome;
import dev.overlap.workload.animals.RandomZoo;
import dev.overlap.workload.animals.ServedRequest;
import dev.overlap.workload.animals.ZooAnimal;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Mirrors of one random animal, each an Animals API of its own with its own latency, handed to the
 * submission in a random order. The slowest good mirror always comes before the fastest one, so
 * asking in turn is slow and the order alone never picks the winner.
 */
final class MirrorScenario implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZooAnimal animal;
    private final List<Mirror> mirrors;
    private final String fallback;

    private MirrorScenario(ZooAnimal animal, List<Mirror> mirrors, String fallback) {
        this.animal = animal;
        this.mirrors = mirrors;
        this.fallback = fallback;
    }

    /** What one mirror is like: its name in feedback, its latency, and whether it is down. */
    record Spec(String role, Duration latency, boolean down) {
        static Spec good(String role, long millis) {
            return new Spec(role, Duration.ofMillis(millis), false);
        }

        static Spec down(String role, long millis) {
            return new Spec(role, Duration.ofMillis(millis), true);
        }
    }

    record Mirror(Spec spec, AnimalsApi api) {
        String describe() {
            return "the " + spec.role() + " mirror (" + spec.latency().toMillis() + " ms" + (spec.down() ? ", down)" : ")");
        }
    }

    static MirrorScenario start(RandomGenerator random, Spec... specs) throws IOException {
        List<ZooAnimal> zoo = RandomZoo.of(random, 5);
        ZooAnimal animal = zoo.get(random.nextInt(zoo.size()));
        String fallback = "{\"fallback\":\"" + HexFormat.of().toHexDigits(random.nextLong()) + "\"}";
        List<Spec> order = new ArrayList<>(List.of(specs));
        Collections.shuffle(order, random);
        slowestGoodFirst(order);
        List<Mirror> mirrors = new ArrayList<>();
        try {
            for (Spec spec : order) {
                AnimalsApi.Builder api = AnimalsApi.serving(zoo).latency(spec.latency());
                mirrors.add(new Mirror(spec, (spec.down() ? api.failing() : api).start()));
            }
        } catch (IOException e) {
            mirrors.forEach(mirror -> mirror.api().close());
            throw e;
        }
        return new MirrorScenario(animal, List.copyOf(mirrors), fallback);
    }

    /** What the submission is handed to return when no mirror answers in time: drawn fresh, so nothing can guess it. */
    String fallback() {
        return fallback;
    }

    /** The mirrors' addresses of the animal, in the order the submission gets them. */
    List<URI> uris() {
        return mirrors.stream().map(mirror -> mirror.api().animalUri(animal.id())).toList();
    }

    /** The address of one mirror's animal, as {@link #uris()} hands it out. */
    URI uri(Mirror mirror) {
        return mirror.api().animalUri(animal.id());
    }

    List<Mirror> mirrors() {
        return mirrors;
    }

    Mirror mirror(String role) {
        return mirrors.stream().filter(mirror -> mirror.spec().role().equals(role)).findFirst().orElseThrow();
    }

    /** The good mirror with the shortest latency: the one a race should be won by. */
    Optional<Mirror> fastestGood() {
        return mirrors.stream().filter(mirror -> !mirror.spec().down())
                .min(Comparator.comparing(mirror -> mirror.spec().latency()));
    }

    /** What asking in turn takes: every latency up to and including the first good mirror's. */
    Duration inTurn() {
        Duration total = Duration.ZERO;
        for (Mirror mirror : mirrors) {
            total = total.plus(mirror.spec().latency());
            if (!mirror.spec().down()) {
                break;
            }
        }
        return total;
    }

    /** Whether a returned body is the animal the mirrors serve. */
    boolean isTheAnimal(String body) {
        try {
            return body != null && JSON.readValue(body, ZooAnimal.class).equals(animal);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Whether a returned body is a mirror's error answer, which a mirror that is down sends instead of the animal. */
    boolean isAnError(String body) {
        try {
            return body != null && JSON.readTree(body).has("error");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Whether every mirror received exactly one request. */
    boolean askedEveryMirrorOnce() {
        return mirrors.stream().allMatch(mirror -> mirror.api().log().requests().size() == 1);
    }

    /** Whether every request ended abandoned no later than {@code allowed} after {@code calledAt}. */
    boolean allCancelledWithin(long calledAt, Duration allowed) {
        return mirrors.stream().flatMap(mirror -> mirror.api().log().requests().stream()).allMatch(request ->
                request.outcome() == Outcome.ABANDONED && request.endNanos() - calledAt <= allowed.toNanos());
    }

    /**
     * How long after the winner's answer the loser's request may end: half the time it still had to
     * wait, which a request left running never meets.
     */
    Duration allowedAfterWin(Mirror loser) {
        return loser.spec().latency().minus(fastestGood().orElseThrow().spec().latency()).dividedBy(2);
    }

    /** When the loser's only request ended after the winner's only answer; empty unless both were asked once. */
    Optional<Duration> cancelledAfterWin(Mirror loser) {
        List<ServedRequest> won = fastestGood().orElseThrow().api().log().requests();
        List<ServedRequest> lost = loser.api().log().requests();
        if (won.size() != 1 || lost.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(lost.getFirst().endNanos() - won.getFirst().endNanos()));
    }

    /** Waits until no mirror has a request in flight: the service notices a client leaving a moment later. */
    void awaitSettled(Duration atMost) {
        await("every mirror's requests ended").atMost(atMost).pollInterval(Duration.ofMillis(5))
                .until(() -> mirrors.stream().allMatch(mirror -> mirror.api().log().inFlight() == 0));
    }

    @Override
    public void close() {
        mirrors.forEach(mirror -> mirror.api().close());
    }

    private static void slowestGoodFirst(List<Spec> order) {
        Comparator<Spec> byLatency = Comparator.comparing(Spec::latency);
        List<Spec> good = order.stream().filter(spec -> !spec.down()).toList();
        if (good.size() > 1) {
            int slowest = order.indexOf(good.stream().max(byLatency).orElseThrow());
            int firstGood = order.indexOf(good.getFirst());
            Collections.swap(order, slowest, firstGood);
        }
    }
}
