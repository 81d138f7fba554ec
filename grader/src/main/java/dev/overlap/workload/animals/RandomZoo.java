package dev.overlap.workload.animals;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Random animals for the Animals API: a submission cannot know the ids, names or order in advance. */
public final class RandomZoo {

    private static final List<String> NAMES = List.of("Ada", "Basil", "Clover", "Dottie", "Ezra", "Fern", "Gus",
            "Hazel", "Iggy", "Juno", "Kiwi", "Luna", "Milo", "Nora", "Otto", "Pip", "Quill", "Rosa", "Sol", "Tilly");
    private static final List<Species> SPECIES = List.of(new Species("flamingo", 2), new Species("tapir", 4),
            new Species("octopus", 8), new Species("python", 0), new Species("kangaroo", 2), new Species("zebra", 4),
            new Species("beetle", 6), new Species("penguin", 2), new Species("tarantula", 8), new Species("okapi", 4));

    private RandomZoo() {
    }

    /** {@code count} animals with distinct random ids, in a random order. */
    public static List<ZooAnimal> of(RandomGenerator random, int count) {
        Set<String> ids = new LinkedHashSet<>();
        while (ids.size() < count) {
            ids.add(HexFormat.of().toHexDigits((short) random.nextInt()));
        }
        List<ZooAnimal> animals = new ArrayList<>(count);
        for (String id : ids) {
            Species species = SPECIES.get(random.nextInt(SPECIES.size()));
            animals.add(new ZooAnimal(id, NAMES.get(random.nextInt(NAMES.size())), species.name(), species.legs()));
        }
        return List.copyOf(animals);
    }

    private record Species(String name, int legs) {
    }
}
