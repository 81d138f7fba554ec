package dev.overlap.workload.pipeline;

import dev.overlap.measure.LowerBound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What a pipeline is asked to do: the items its producer hands out, how long a worker waits on each, how
 * long the collector takes to file a result, how many workers and how big the channels are.
 */
public record Job(List<String> items, List<Duration> workTimes, Duration collectTime, int workers, int capacity) {

    public Job {
        items = List.copyOf(items);
        workTimes = List.copyOf(workTimes);
        if (items.size() != workTimes.size() || items.stream().distinct().count() != items.size()) {
            throw new IllegalArgumentException("one work time per item, and no item twice");
        }
    }

    /** {@code count} items that each take a worker {@code workTime}. */
    public static Job uniform(int count, Duration workTime, Duration collectTime, int workers, int capacity) {
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add("item-" + i);
        }
        return new Job(items, items.stream().map(item -> workTime).toList(), collectTime, workers, capacity);
    }

    /** Items, times, crew and channel size nobody can predict. */
    public static Job random(RandomGenerator random) {
        int count = random.nextInt(8, 31);
        List<String> items = new ArrayList<>();
        List<Duration> times = new ArrayList<>();
        while (items.size() < count) {
            String item = HexFormat.of().toHexDigits(random.nextInt());
            if (!items.contains(item)) {
                items.add(item);
                times.add(Duration.ofMillis(random.nextInt(1, 7)));
            }
        }
        return new Job(items, times, Duration.ofMillis(random.nextInt(0, 2)), random.nextInt(2, 6),
                random.nextInt(1, 5));
    }

    /** What a worker makes of an item; the collector must receive exactly this. */
    public static String resultOf(String item) {
        return "done(" + item + ")";
    }

    /** Every item worked on and collected one after another. */
    public Duration sequentialTime() {
        return workTimes.stream().reduce(collectTime.multipliedBy(items.size()), Duration::plus);
    }

    /**
     * The workers' share of the work, for items that all take the same time: a worker handles one item at a
     * time, so someone handles at least {@code ceil(items / workers)} of them.
     */
    public LowerBound lowerBound() {
        Duration longest = workTimes.stream().max(Duration::compareTo).orElse(Duration.ZERO);
        long rounds = (items.size() + workers - 1) / workers;
        return LowerBound.of(longest.multipliedBy(rounds), String.format("the workers' share: %d items among %d"
                + " workers is %d rounds of %d ms", items.size(), workers, rounds, longest.toMillis()));
    }

    /**
     * The most items that can sit between two stages when every channel holds at most {@code capacity}: the
     * channel full, one item in the hand of each sender blocked on it, one in the hand of each receiver.
     */
    public int mostBetweenStages() {
        return capacity + workers + 1;
    }
}
