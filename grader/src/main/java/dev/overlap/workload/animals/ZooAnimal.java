package dev.overlap.workload.animals;

/** One animal the Animals API serves, as the grader knows it. */
public record ZooAnimal(String id, String name, String species, int legs) {
}
