package dev.overlap.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.rules.flow.Bytecode;
import dev.overlap.rules.flow.MethodId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The blocking rules walk from every entry point, remembering what they decided on the way. What they find must not
 * depend on which entry point they happened to start from: the same calls are found in every order of the visit.
 */
@DisplayName("The path finder")
class PathFinderOrderTest {

    private static final String[] EVERY_FIXTURE = {"Catalogue", "Classes", "Declared", "Desktop", "Direct",
        "HandOffs", "Helpers", "Lambdas", "Logging", "NonBlocking", "Pause", "Pools", "References", "Streams",
        "Relay", "SystemProperties", "Urls"};

    @Test
    @DisplayName("finds the same blocking calls whatever the order of its entry points")
    void findsTheSameInAnyOrder() {
        Bytecode bytecode = Fixtures.bytecode(EVERY_FIXTURE);
        List<MethodId> entries = AsyncPaths.annotatedWith("NonBlocking").in(bytecode.classes()).toList();
        Set<String> found = blockingCallsFrom(entries);

        List<List<MethodId>> orders = new ArrayList<>();
        orders.add(entries.reversed());
        Random random = new Random(42);
        for (int i = 0; i < 8; i++) {
            List<MethodId> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, random);
            orders.add(shuffled);
        }

        assertThat(entries).hasSizeGreaterThan(10);
        assertThat(found).isNotEmpty();
        for (List<MethodId> order : orders) {
            assertThat(blockingCallsFrom(order)).as("the calls found from %s", order).isEqualTo(found);
        }
    }

    @Test
    @DisplayName("finds a task handed back and forth between two helpers, whichever handler it asks about first")
    void decidesACycleTheSameFromEitherEnd() {
        Bytecode bytecode = Fixtures.bytecode("Relay", "Pause");
        List<MethodId> entries = AsyncPaths.annotatedWith("NonBlocking").in(bytecode.classes()).toList();

        assertThat(entries).hasSize(2);
        for (List<MethodId> order : List.of(entries, entries.reversed())) {
            assertThat(new PathFinder<>(Fixtures.bytecode("Relay", "Pause"), BlockingCatalogue.SOUGHT).from(order))
                    .as("the routes from %s", order).extracting(Route::route)
                    .containsExactly("Relay.handsOnAPause -> method reference Pause::sleep (Relay.java:16)"
                            + " -> Thread.sleep (Pause.java:11)");
        }
    }

    /** Each found call by where it is made, with a fresh finder: nothing remembered from another order. */
    private static Set<String> blockingCallsFrom(List<MethodId> entries) {
        return new PathFinder<>(Fixtures.bytecode(EVERY_FIXTURE), BlockingCatalogue.SOUGHT).from(entries).stream()
                .map(route -> route.steps().getLast().toString()).collect(Collectors.toSet());
    }
}
