package dev.overlap.measure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Times a submission against the kit's baseline and reference in the same JVM and the same rounds.
 *
 * <p>Why this shape: on a shared machine the load changes from second to second. Interleaving the
 * contenders round by round (rotating who goes first) exposes all of them to the same load, warm-up
 * rounds keep JIT compilation out of the figures, and the median ignores a round a neighbour spoiled.
 */
public final class Trial<I> {

    private final Function<Recorder, I> input;
    private final Map<Role, Run.Execution<I, ?>> contenders = new EnumMap<>(Role.class);
    private RunCheck<I> check;
    private int submissionRuns;
    private int warmups = 1;
    private int rounds = 5;

    private Trial(Function<Recorder, I> input) {
        this.input = input;
    }

    /** A trial whose every execution gets fresh input, instrumented by a fresh recorder. */
    public static <I> Trial<I> of(Function<Recorder, I> input) {
        return new Trial<>(input);
    }

    public Trial<I> baseline(Run.Execution<I, ?> code) {
        contenders.put(Role.BASELINE, code);
        return this;
    }

    public Trial<I> reference(Run.Execution<I, ?> code) {
        contenders.put(Role.REFERENCE, code);
        return this;
    }

    public Trial<I> submission(Run.Execution<I, ?> code) {
        contenders.put(Role.SUBMISSION, code);
        return this;
    }

    /**
     * What every run of the submission must have done with the input it was given, warm-ups included: the result
     * for those inputs and each piece of the work exactly once. Each run gets inputs of its own, so an answer kept
     * from another run is wrong, and a run that skips the work to look fast fails as a wrong run, not a slow one.
     */
    public Trial<I> checkedBy(RunCheck<I> check) {
        this.check = check;
        return this;
    }

    public Trial<I> warmups(int count) {
        this.warmups = count;
        return this;
    }

    public Trial<I> rounds(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a trial needs at least one round");
        }
        this.rounds = count;
        return this;
    }

    /** Runs the warm-up and measured rounds; a contender that throws is recorded, not retried. */
    public Timings measure() {
        return measure((soFar, roundsLeft) -> false);
    }

    /**
     * Like {@link #measure()}, but stops after a measured round when {@code settled} says the rounds so far already
     * decide the verdict the whole trial would reach: code that ran its calls one after another cannot get faster in
     * the rounds that follow, and a pass that no round left can undo stays a pass. Timing more rounds would only keep
     * a learner waiting.
     */
    Timings measure(Settled settled) {
        Objects.requireNonNull(contenders.get(Role.BASELINE), "a trial needs a baseline");
        Objects.requireNonNull(contenders.get(Role.SUBMISSION), "a trial needs a submission");
        Objects.requireNonNull(check, "a trial checks every run of the submission: give it checkedBy(...)");
        List<Role> order = new ArrayList<>(contenders.keySet());
        submissionRuns = 0;
        for (int i = 0; i < warmups; i++) {
            for (Role role : order) {
                run(role);
            }
        }
        Map<Role, List<Run<?>>> runs = new EnumMap<>(Role.class);
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < order.size(); i++) {
                Role role = order.get((round + i) % order.size());
                runs.computeIfAbsent(role, r -> new ArrayList<>()).add(run(role));
            }
            int left = rounds - round - 1;
            if (left > 0 && settled.test(new Timings(runs), left)) {
                break;
            }
        }
        return new Timings(runs);
    }

    private Run<?> run(Role role) {
        Input<I> given = new Input<>(input);
        Run<?> run = Run.of(given, contenders.get(role));
        if (role == Role.SUBMISSION) {
            int number = ++submissionRuns;
            try {
                check.check(given.built, run);
            } catch (AssertionError wrong) {
                throw new AssertionError("A run while it was being timed (run " + number + ", every run with"
                        + " inputs of its own) went wrong. " + wrong.getMessage(), wrong);
            }
        }
        return run;
    }

    /** The input a run was built with, kept so that its run can be checked against it. */
    private static final class Input<I> implements Function<Recorder, I> {
        private final Function<Recorder, I> factory;
        private I built;

        Input(Function<Recorder, I> factory) {
            this.factory = factory;
        }

        @Override
        public I apply(Recorder recorder) {
            built = factory.apply(recorder);
            return built;
        }
    }

    /** Whether the rounds measured so far decide the verdict, with {@code roundsLeft} rounds still to go. */
    @FunctionalInterface
    interface Settled {
        boolean test(Timings soFar, int roundsLeft);
    }

    /** What one run of the submission must show, given the input it ran on; it fails by throwing an assertion. */
    @FunctionalInterface
    public interface RunCheck<I> {
        void check(I input, Run<?> run);
    }
}
