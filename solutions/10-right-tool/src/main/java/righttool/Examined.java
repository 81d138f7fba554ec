package righttool;

/** One animal and the score its checkup gave. */
public record Examined(Animal animal, long score) {
}
