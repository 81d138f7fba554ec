package animals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The zoo's daily report: every animal, in the order the API lists them, and a few totals. */
public record ZooReport(List<Animal> animals) {

    public ZooReport {
        animals = List.copyOf(animals);
    }

    /** How many animals of each species, by species name. */
    public Map<String, Long> speciesCounts() {
        return animals.stream().collect(Collectors.groupingBy(Animal::species, TreeMap::new, Collectors.counting()));
    }

    public int legs() {
        return animals.stream().mapToInt(Animal::legs).sum();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Zoo report: " + animals.size() + " animals, " + legs() + " legs\n");
        speciesCounts().forEach((species, count) -> text.append("  ").append(count).append(" x ").append(species)
                .append('\n'));
        animals.forEach(animal -> text.append("  ").append(animal.id()).append(": ").append(animal.name())
                .append(" the ").append(animal.species()).append('\n'));
        return text.toString();
    }
}
