package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.overlap.check.Exercise;
import dev.overlap.check.Kind;
import dev.overlap.check.Visibility;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The catalog reads the check classes from their bytecode alone, without the classes they refer to: the
 * values it reads must still be all there, the annotations' defaults included.
 */
@DisplayName("The catalog of exercises")
class CatalogTest {

    @Test
    @DisplayName("reads an exercise's settings, defaults included, and its checks in the order of the source")
    void readsSettingsAndChecks() throws NoSuchMethodException {
        Catalog catalog = Catalog.load();
        ExerciseSpec threeTasks = catalog.find("01-three-tasks").orElseThrow();

        assertThat(threeTasks.title()).isEqualTo("01 three tasks: waits that overlap");
        assertThat(threeTasks.checkClass()).isEqualTo("dev.overlap.checks.threetasks.ThreeTasksChecks");
        assertThat(threeTasks.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(threeTasks.heapMegabytes()).isEqualTo(defaultOf("heapMegabytes"));
        assertThat(threeTasks.maxPlatformThreads()).isEqualTo(defaultOf("maxPlatformThreads"));
        assertThat(threeTasks.allowsNetwork()).isFalse();
        assertThat(threeTasks.checks()).extracting(CheckSpec::method).containsExactly("runsEveryTaskOnceInOrder",
                "hasAllThreeInFlight", "runsOnVirtualThreads", "finishesInAboutTheLongestTask",
                "startsVirtualThreadsWithoutPools");
        assertThat(threeTasks.checks().getFirst()).isEqualTo(new CheckSpec("runsEveryTaskOnceInOrder",
                "runs every task exactly once and returns the results in task order", 1, Kind.CORRECTNESS, 3,
                Visibility.VISIBLE, List.of()));
        assertThat(threeTasks.checks()).filteredOn(check -> check.method().equals("runsOnVirtualThreads"))
                .singleElement().extracting(CheckSpec::waitsFor)
                .isEqualTo(List.of("hasAllThreeInFlight", "runsEveryTaskOnceInOrder"));
        assertThat(catalog.find("04-web-server").orElseThrow().allowsNetwork()).isTrue();
    }

    private static Object defaultOf(String setting) throws NoSuchMethodException {
        return Exercise.class.getMethod(setting).getDefaultValue();
    }
}
