package dev.overlap.workload.kitchen;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Activity;
import dev.overlap.measure.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An instrumented kitchen: it carries out the steps of a menu for whoever asks, and watches the rules as it
 * does. A step may start only when the step before it in its dish is done and the dishes its dish needs are
 * ready; a cook attends to one step at a time. Every broken rule is noted the moment it happens, from the
 * kitchen's own bookkeeping, not guessed from clocks afterwards.
 */
public final class Kitchen {

    private static final int KEPT_COMPLAINTS = 20;

    private final Recorder recorder;
    private final Menu menu;
    private final List<String> cooks;
    private final Map<String, DishStep> steps;
    private final AtomicReferenceArray<DishStep> busyWith;
    private final Map<DishStep, AtomicInteger> starts = new ConcurrentHashMap<>();
    private final Set<DishStep> done = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> complaints = new ConcurrentLinkedQueue<>();
    private final AtomicInteger complaintCount = new AtomicInteger();
    private final AtomicInteger attending = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicInteger cooksAtWork = new AtomicInteger();
    private final AtomicInteger peakCooksAtWork = new AtomicInteger();
    private final AtomicInteger attendedWhileWaiting = new AtomicInteger();
    private volatile Served served;

    public Kitchen(Recorder recorder, Menu menu, List<String> cooks) {
        this.recorder = recorder;
        this.menu = menu;
        this.cooks = List.copyOf(cooks);
        this.steps = menu.steps().stream().collect(Collectors.toMap(DishStep::label, Function.identity()));
        this.busyWith = new AtomicReferenceArray<>(cooks.size());
    }

    public Menu menu() {
        return menu;
    }

    public List<String> cooks() {
        return cooks;
    }

    /** The cook numbered {@code cook} gives {@code step} their attention until it is done. */
    public void attend(int cook, DishStep step) throws InterruptedException {
        String name = cooks.get(cook);
        if (!step.attention()) {
            complain(name + " was asked to attend to " + step + ", which only waits and needs no cook");
            throw new IllegalArgumentException(step.label() + " only waits; it needs no cook. Let it wait on its own.");
        }
        begin(step);
        DishStep before = busyWith.getAndUpdate(cook, current -> current == null ? step : current);
        if (before != null) {
            Evidence.finding(Finding.UNGUARDED_RESOURCE);
            complain(name + " was asked to attend to \"" + step.label() + "\" while still busy with \""
                    + before.label() + "\": a cook has one pair of hands");
        } else {
            peakCooksAtWork.accumulateAndGet(cooksAtWork.incrementAndGet(), Math::max);
        }
        if (waiting.get() > 0) {
            attendedWhileWaiting.incrementAndGet();
        }
        attending.incrementAndGet();
        try {
            carryOut(step, step.label() + " (" + name + ")");
        } finally {
            attending.decrementAndGet();
            if (busyWith.compareAndSet(cook, step, null)) {
                cooksAtWork.decrementAndGet();
            }
        }
    }

    /** A waiting step runs its course (the oven roasts, the pot boils); nobody's hands are needed. */
    public void waitOut(DishStep step) throws InterruptedException {
        if (step.attention()) {
            complain(step + " was left to wait on its own, but it needs a cook's attention");
            throw new IllegalArgumentException(step.label() + " needs a cook's attention; ask a cook to attend to it.");
        }
        begin(step);
        waiting.incrementAndGet();
        try {
            carryOut(step, step.label());
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Finds a step of this kitchen's menu by its label. */
    public Optional<DishStep> step(String label) {
        return Optional.ofNullable(steps.get(label));
    }

    /** Notes what was still unfinished when the code said the dinner was served. */
    public void serve() {
        List<DishStep> unfinished = menu.steps().stream().filter(step -> !done.contains(step)).toList();
        served = new Served(unfinished, attending.get() + waiting.get());
    }

    public Optional<Served> served() {
        return Optional.ofNullable(served);
    }

    /**
     * What went wrong, as sentences: broken rules, then what was unfinished when the code returned. Empty
     * when the dinner was served by the rules.
     */
    public List<String> problems() {
        List<String> problems = complaints();
        if (complaintCount() > KEPT_COMPLAINTS) {
            problems.add("... and " + (complaintCount() - KEPT_COMPLAINTS) + " more broken rules");
        }
        served().ifPresent(state -> {
            if (!state.unfinished().isEmpty()) {
                problems.add("the code returned before " + state.unfinished().size() + " step(s) were done, among"
                        + " them \"" + state.unfinished().getFirst().label() + "\"");
            } else if (state.inProgress() > 0) {
                problems.add("the code returned while " + state.inProgress() + " step(s) were still going on");
            }
        });
        return problems;
    }

    /** Every broken rule, as sentences, the first {@value #KEPT_COMPLAINTS} of them. */
    public List<String> complaints() {
        return new ArrayList<>(complaints);
    }

    public int complaintCount() {
        return complaintCount.get();
    }

    /** The most cooks busy at the same moment, each with a step of their own. */
    public int peakCooksAtWork() {
        return peakCooksAtWork.get();
    }

    /** How many attention steps began while some dish was waiting in the oven or on the stove. */
    public int attendedWhileWaiting() {
        return attendedWhileWaiting.get();
    }

    private void begin(DishStep step) {
        if (steps.get(step.label()) != step) {
            complain(step + " is not a step of this dinner");
            throw new IllegalArgumentException("not a step of this dinner: " + step.label());
        }
        if (starts.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet() == 2) {
            complain("\"" + step.label() + "\" was done twice");
        }
        Dish dish = menu.dishes().stream().filter(d -> d.name().equals(step.dish())).findFirst().orElseThrow();
        int index = dish.steps().indexOf(step);
        if (index > 0 && !done.contains(dish.steps().get(index - 1))) {
            complain("\"" + step.label() + "\" started before \"" + dish.steps().get(index - 1).label()
                    + "\" was done");
        }
        if (index == 0) {
            menu.dishes().stream().filter(needed -> dish.needs().contains(needed.name()))
                    .filter(needed -> !done.contains(needed.last()))
                    .forEach(needed -> complain("\"" + step.label() + "\" started before the " + needed.name()
                            + " it needs was ready"));
        }
    }

    private void carryOut(DishStep step, String label) throws InterruptedException {
        recorder.record(label, step.attention() ? Activity.ATTENDING : Activity.WAITING, () -> {
            Thread.sleep(step.time());
            done.add(step);
            return null;
        });
    }

    private void complain(String sentence) {
        if (complaintCount.incrementAndGet() <= KEPT_COMPLAINTS) {
            complaints.add(sentence);
        }
    }

    /**
     * The state of the kitchen when the code returned.
     *
     * @param unfinished the steps not done yet
     * @param inProgress the steps still going on
     */
    public record Served(List<DishStep> unfinished, int inProgress) {
    }
}
