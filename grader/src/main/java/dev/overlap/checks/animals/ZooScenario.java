package dev.overlap.checks.animals;

import animals.Animal;
import dev.overlap.workload.animals.AnimalsApi;
import dev.overlap.workload.animals.RandomZoo;
import dev.overlap.workload.animals.ZooAnimal;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A random zoo and the API's limit for one check. The limit is random too, and small against the
 * number of animals, so that fetching all at once is refused and a fixed limit in the code is wrong.
 */
record ZooScenario(List<ZooAnimal> animals, int limit) {

    static ZooScenario random(RandomGenerator random) {
        return new ZooScenario(RandomZoo.of(random, random.nextInt(8, 13)), random.nextInt(3, 5));
    }

    AnimalsApi start(Duration latency) throws IOException {
        return AnimalsApi.serving(animals).latency(latency).limit(limit).start();
    }

    /** The animals as the report must hold them. */
    List<Animal> expected() {
        return animals.stream().map(a -> new Animal(a.id(), a.name(), a.species(), a.legs())).toList();
    }

    /** Every resource a report needs: the list, then each animal. */
    List<String> targets() {
        List<String> targets = new ArrayList<>();
        targets.add("/animals");
        animals.forEach(animal -> targets.add("/animals/" + animal.id()));
        return targets;
    }

    /** How many rounds of {@code limit} requests the animals take at best: the critical path after the list. */
    int rounds() {
        return (animals.size() + limit - 1) / limit;
    }
}
