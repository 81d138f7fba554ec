package animals;

/** One animal of the zoo, as the Animals API describes it. */
public record Animal(String id, String name, String species, int legs) {
}
