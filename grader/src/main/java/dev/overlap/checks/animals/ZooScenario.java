package dev.overlap.checks.animals;

import animals.Animal;
import dev.overlap.workload.animals.AnimalsApi;
import dev.overlap.workload.animals.RandomZoo;
import dev.overlap.workload.animals.ZooAnimal;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A random zoo and the API's limit for one check. The limit is random too, and small against the number of
 * animals, so that fetching all at once is refused and a fixed limit in the code is wrong. Only the checks of
 * task 2, which is about the limit, start an API that refuses: a request over the limit is that task's mistake,
 * and it must not cost the report or the threads of task 1.
 */
record ZooScenario(List<ZooAnimal> animals, int limit) {

    static ZooScenario random(RandomGenerator random) {
        return new ZooScenario(RandomZoo.of(random, random.nextInt(8, 13)), random.nextInt(3, 5));
    }

    /** An API that answers every request, however many are in flight. */
    AnimalsApi start(Duration latency) throws IOException {
        return AnimalsApi.serving(animals).latency(latency).start();
    }

    /**
     * An API that answers every request, each animal {@code step} sooner than the one listed before it, so that
     * answers arrive in the reverse order of the requests.
     */
    AnimalsApi startAnsweringInReverse(Duration latency, Duration step) throws IOException {
        return AnimalsApi.serving(animals).latency(latency).laterAnimalsSooner(step).start();
    }

    /** An API that refuses, with 429, any request beyond {@code limit} in flight. */
    AnimalsApi startRefusingOver(int limit, Duration latency) throws IOException {
        return AnimalsApi.serving(animals).latency(latency).limit(limit).start();
    }

    /** The animals as the report must hold them. */
    List<Animal> expected() {
        return animals.stream().map(a -> new Animal(a.id(), a.name(), a.species(), a.legs())).toList();
    }

    /** Every resource a report needs: the list, then each animal. */
    List<String> targets() {
        return AnimalsApi.resources(animals);
    }

    /** How many rounds of {@code limit} requests the animals take at best: the critical path after the list. */
    int rounds() {
        return AnimalsApi.rounds(animals.size(), limit);
    }
}
