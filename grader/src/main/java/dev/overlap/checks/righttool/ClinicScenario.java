package dev.overlap.checks.righttool;

import dev.overlap.measure.Cores;
import dev.overlap.measure.CpuUse;
import dev.overlap.measure.LowerBound;
import dev.overlap.measure.Recorder;
import dev.overlap.workload.CpuTask;
import dev.overlap.workload.HashChain;
import dev.overlap.workload.Kernel;
import dev.overlap.workload.animals.AnimalsApi;
import dev.overlap.workload.animals.RandomZoo;
import dev.overlap.workload.animals.ZooAnimal;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import righttool.Animal;
import righttool.Checkup;
import righttool.Examined;

/**
 * A random zoo, the API's limit, and a CPU kernel per animal: its checkup. The limit is above the cores
 * and at most half the animals; the kernels are random, so no score is known in advance, and each is heavy
 * enough that examining dwarfs the cost of handing it to a thread.
 */
record ClinicScenario(List<ZooAnimal> animals, int limit, Map<String, Kernel> kernels) {

    /** SHA-256 rounds per checkup: about ten milliseconds of one core, a small share of one wait. */
    private static final int ROUNDS = 120_000;

    static ClinicScenario random(RandomGenerator random) {
        // Above the cores, so that threads sized for the cores fall short of it, and at most half the animals, so
        // that fetching them all at once goes over it.
        int limit = Math.min(Runtime.getRuntime().availableProcessors(), 8) + random.nextInt(2, 4);
        List<ZooAnimal> animals = RandomZoo.of(random, random.nextInt(2 * limit, 2 * limit + 3));
        Map<String, Kernel> kernels = new LinkedHashMap<>();
        animals.forEach(animal -> kernels.put(animal.id(), new HashChain(random.nextLong(), ROUNDS)));
        return new ClinicScenario(animals, limit, kernels);
    }

    /**
     * An API that serves every request, however many are in flight. Going over the limit is task 1's mistake,
     * judged by the limit check alone: if every check's API refused, the 429s would fail whichever check
     * happened to go over, and code whose peak depends on the zoo's size (a parallel stream's) would score
     * differently from run to run.
     */
    AnimalsApi start(Duration latency) throws IOException {
        return AnimalsApi.serving(animals).latency(latency).start();
    }

    /** An API that answers 429 Too Many Requests beyond {@code limit} requests in flight. */
    AnimalsApi startRefusingOver(int limit, Duration latency) throws IOException {
        return AnimalsApi.serving(animals).latency(latency).limit(limit).start();
    }

    /** The checkups, each recorded as CPU work of {@code recorder}: thread, busy interval, CPU time. */
    Map<String, CpuTask> tasks(Recorder recorder) {
        Map<String, CpuTask> tasks = new LinkedHashMap<>();
        kernels.forEach((id, kernel) -> tasks.put(id, new CpuTask(recorder, "examine " + id, kernel)));
        return tasks;
    }

    /** The checkup a submission gets: an animal the zoo does not have is a wrong record, not a score. */
    static Checkup checkup(Map<String, CpuTask> tasks) {
        return animal -> {
            CpuTask task = tasks.get(animal.id());
            if (task == null) {
                throw new IllegalArgumentException("The zoo has no animal with id " + animal.id());
            }
            return task.getAsLong();
        };
    }

    /** What the result must be: every animal as the API serves it, with its kernel's answer. */
    List<Examined> expected() {
        return animals.stream().map(a -> new Examined(new Animal(a.id(), a.name(), a.species(), a.legs()),
                kernels.get(a.id()).compute())).toList();
    }

    /** Every resource a report needs: the list, then each animal. */
    List<String> targets() {
        return AnimalsApi.resources(animals);
    }

    /** How many rounds of {@code limit} requests the animals take at best: the critical path after the list. */
    int rounds() {
        return AnimalsApi.rounds(animals.size(), limit);
    }

    /**
     * The CPU time the checkups take one after another on a warm JVM: thread CPU time, which a neighbour
     * on the machine cannot inflate the way it inflates wall time. Where the JDK cannot tell, wall time.
     */
    Duration cpuWork() {
        Recorder warmUp = new Recorder();
        tasks(warmUp).values().forEach(CpuTask::getAsLong);
        Recorder measured = new Recorder();
        tasks(measured).values().forEach(CpuTask::getAsLong);
        List<CpuUse> uses = measured.cpuUses();
        if (uses.stream().allMatch(use -> use.cpuTime().isPresent())) {
            return Duration.ofNanos(uses.stream().mapToLong(CpuUse::cpuNanos).sum());
        }
        return Duration.ofNanos(measured.calls().stream().mapToLong(c -> c.endNanos() - c.startNanos()).sum());
    }

    /**
     * The least any correct run can take: the waits' critical path (the list, then one wait per round of
     * {@code limit}), or the first animal's two waits followed by all the checkups shared by the cores
     * that can help, whichever is longer. A run that examines while it still fetches can approach the
     * second; fetching everything first, then examining, as the exercise asks, takes about the two added up, and
     * that is what the bar starts from.
     */
    LowerBound lowerBound(Duration latency, Duration cpuWork) {
        // The cores this JVM could use when it started, measured before the submission could load: on a machine
        // where a neighbour holds a core, the checkups cannot be shared by every core, and no run can beat that.
        double cores = Math.min(Cores.ofThisJvm().usable(), animals.size());
        Duration waits = latency.multipliedBy(1 + rounds());
        Duration checkups = Duration.ofNanos(Math.round(cpuWork.toNanos() / cores));
        Duration computing = latency.multipliedBy(2).plus(checkups);
        String shared = String.format(Locale.ROOT, "%d ms of checkups shared by %.1f cores", cpuWork.toMillis(), cores);
        LowerBound bound = waits.compareTo(computing) >= 0
                ? LowerBound.of(waits, "the longest chain of waits, the list then " + rounds() + " rounds of "
                        + limit + " requests")
                : LowerBound.of(computing, "two waits, then " + shared);
        return bound.byDesign(waits.plus(checkups), "the list and " + rounds() + " rounds of " + limit
                + " requests, then " + shared);
    }

    /** All the work one piece after another: every wait, then every checkup. */
    Duration totalWork(Duration latency, Duration cpuWork) {
        return latency.multipliedBy(1 + animals.size()).plus(cpuWork);
    }
}
