package dev.overlap.checks.eventloop;

import eventloop.Radio;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * One call of a ship to the radio: which handler, with which arguments, and the answer it must get.
 * Ships and soundings are drawn at random, and soundings are unique across a burst, so every plot of
 * the burst can be counted.
 */
record Ship(String call, Function<Radio, CompletableFuture<String>> handler, String expected,
            List<String> manifests, List<Long> soundings) {

    private static final String NAMES = """
            Beagle Endeavour Nautilus Resolute Discovery Erebus Terror Fram Calypso Argo Kon-Tiki Pequod Nimrod Aurora \
            Belgica""";

    /** Draws the calls of a burst: so many of each kind, with {@code soundingsEach} soundings per course. */
    static List<Ship> burst(RandomGenerator random, RecordedHarbour harbour, int hails, int manifests, int courses,
                            int clearances, int soundingsEach) {
        List<String> names = new ArrayList<>(List.of(NAMES.split(" ")));
        Collections.shuffle(names, random);
        List<Long> pool = random.longs(0, 1_000_000).distinct().limit((long) (courses + clearances) * soundingsEach)
                .boxed().toList();
        List<Ship> ships = new ArrayList<>();
        int ship = 0;
        int sounding = 0;
        for (int i = 0; i < hails; i++) {
            String name = names.get(ship++ % names.size()) + "-" + i;
            ships.add(new Ship("hail(" + name + ")", radio -> radio.hail(name), "ahoy, " + name, List.of(), List.of()));
        }
        for (int i = 0; i < manifests; i++) {
            String name = names.get(ship++ % names.size()) + "-m" + i;
            ships.add(new Ship("manifest(" + name + ")", radio -> radio.manifest(name),
                    "manifest of " + name + ": " + harbour.manifestOf(name), List.of(name), List.of()));
        }
        for (int i = 0; i < courses; i++) {
            List<Long> soundings = pool.subList(sounding, sounding += soundingsEach);
            ships.add(new Ship("course(" + soundings.size() + " soundings)", radio -> radio.course(soundings),
                    "course " + course(harbour, soundings), List.of(), soundings));
        }
        for (int i = 0; i < clearances; i++) {
            String name = names.get(ship++ % names.size()) + "-c" + i;
            List<Long> soundings = pool.subList(sounding, sounding += soundingsEach);
            ships.add(new Ship("clearance(" + name + ", " + soundings.size() + " soundings)",
                    radio -> radio.clearance(name, soundings), name + " cleared: " + harbour.manifestOf(name)
                    + " / course " + course(harbour, soundings), List.of(name), soundings));
        }
        Collections.shuffle(ships, random);
        return ships;
    }

    static List<String> manifestLabels(List<Ship> ships) {
        return ships.stream().flatMap(ship -> ship.manifests().stream()).map(RecordedHarbour::manifestLabel).toList();
    }

    static List<String> plotLabels(List<Ship> ships) {
        return ships.stream().flatMap(ship -> ship.soundings().stream()).map(RecordedHarbour::plotLabel).toList();
    }

    private static long course(RecordedHarbour harbour, List<Long> soundings) {
        return soundings.stream().mapToLong(harbour::plotOf).sum();
    }

    @Override
    public String toString() {
        return ships(List.of(this));
    }

    static String ships(List<Ship> ships) {
        return ships.stream().map(Ship::call).collect(Collectors.joining(", "));
    }
}
