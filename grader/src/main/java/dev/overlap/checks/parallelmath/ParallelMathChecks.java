package dev.overlap.checks.parallelmath;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.measure.Trial;
import dev.overlap.rules.GradedMethods;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.StreamRules;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.workload.CpuReferences;
import dev.overlap.workload.CpuTask;
import dev.overlap.workload.Kernel;
import dev.overlap.workload.Kernels;
import dev.overlap.workload.PrimeCount;
import dev.overlap.workload.PrimeTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongPredicate;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import parallelmath.HeavyTask;
import parallelmath.ParallelMath;

@Exercise(id = "07-parallel-math", timeoutSeconds = 90, gradesCpuWork = true)
@DisplayName("07 parallel math: heavy tasks on every core")
class ParallelMathChecks {

    /** The seeds' four heavy tasks: four tasks, so at most four cores can help. */
    private static final int HEAVY_TASKS = 4;
    /**
     * Runs of a cheap test over a wide range, the second witness: threads accept numbers at the same moment all the
     * time, so a counter shared within one call (a one-element array) loses updates whenever two cores add at once.
     * Only the scheduler decides that they do, and a busy machine may not; a field shared by every call is caught
     * for certain by {@link OverlappingCounts} first.
     */
    private static final int BUSY_RUNS = 5;

    private static final String SPLIT_TASKS = """
            Compute the tasks with a parallel stream, for example \
            tasks.parallelStream().map(HeavyTask::compute).toList().""";
    private static final String SPLIT_RANGE = """
            Turn the loop into a parallel stream over the range, for example LongStream.range(from, \
            to).parallel().filter(isPrime).count().""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("computes every task once and returns the results in task order")
    void computesEveryTaskOnceInOrder() {
        RandomGenerator random = Inputs.random("tasks");
        // Any number of tasks of every kind, so that a result list of four, or in finishing order, is wrong.
        List<Kernel> kernels = Kernels.mixed(random, random.nextInt(3, 9));
        List<Long> expected = kernels.stream().map(Kernel::compute).toList();

        Run<List<Long>> run = Run.of(recorder -> cpuTasks(recorder, kernels), ParallelMathChecks::computeAll);

        assertThat(run)
                .hint("Return result i for task i, in the order of the list, whichever finishes first.")
                .completed()
                .ranEachCallOnce(labels(kernels.size()))
                .returned(expected);
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("computes the four tasks on several threads at the same moment")
    void computesOnSeveralThreadsAtOnce() {
        List<Kernel> kernels = Kernels.heavyFour(Inputs.random("threads"));

        Run<List<Long>> run = Run.of(recorder -> cpuTasks(recorder, kernels), ParallelMathChecks::computeAll);

        assertThat(run).hint(oneAtATime(run) + SPLIT_TASKS).completed().ranInParallel();
        moreThreadsThanCores(run);
    }

    @Check(task = 1, kind = Kind.SPEEDUP, points = 4)
    @DisplayName("finishes the four tasks about as much sooner as the kit's parallel version does")
    void finishesSoonerOnSeveralCores() {
        List<Kernel> kernels = Kernels.heavyFour(Inputs.random("speed"));
        List<Long> expected = kernels.stream().map(Kernel::compute).toList();
        Trial<List<CpuTask>> trial = Trial.of(recorder -> cpuTasks(recorder, kernels))
                .baseline(CpuReferences::oneAfterAnother)
                .reference(CpuReferences::inParallel)
                .submission(ParallelMathChecks::computeAll)
                // Every task computed in every run, in the run that returns it: no answer carries over.
                .checkedBy((tasks, run) -> assertThat(run).hint(SPLIT_TASKS).completed()
                        .ranEachCallOnce(labels(kernels.size())).returned(expected))
                .warmups(1)
                .rounds(5);

        assertThat(trial).hint(SPLIT_TASKS).hasParallelSpeedup(HEAVY_TASKS);
    }

    @Check(task = 2, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("counts exactly what the test accepts: the primes of a random range, and wide ranges run after run")
    void countsThePrimesOfARange() {
        Range range = Range.random(Inputs.random("range"));
        long expected = CpuReferences.countOneByOne(range.from(), range.to(), PrimeCount::isPrime);

        Run<Long> run = Run.of(recorder -> new RangeInput(range, new PrimeTest(recorder)),
                ParallelMathChecks::countPrimes);

        assertThat(run).hint(lostCounts(run.result(), expected).strip()).completed().returned(expected);
        // The sure witness of a count kept in a field: two calls that overlap for certain, each to return its own.
        OverlappingCounts.play((from, to, test) -> countPrimes(new RangeInput(new Range(from, to), test)),
                Inputs.random("two calls"));
        countsWideRangesExactly(Inputs.random("busy ranges"));
    }

    /** A cheap test over wide ranges, run after run: a count kept on the side loses what two threads add at once. */
    private static void countsWideRangesExactly(RandomGenerator random) {
        for (int repeat = 1; repeat <= BUSY_RUNS; repeat++) {
            long from = random.nextLong(0, 1_000_000_000L);
            Range range = new Range(from, from + random.nextInt(1_000_000, 2_000_000));
            long salt = random.nextLong();
            LongPredicate everyOther = OverlappingCounts.everyOther(salt);
            long expected = CpuReferences.countOneByOne(range.from(), range.to(), everyOther);

            Run<Long> run = Run.of(recorder -> new RangeInput(range, everyOther), ParallelMathChecks::countPrimes);

            assertThat(run).hint(String.format(Locale.ROOT, "(Run %d of %d: a test that accepts about every other"
                    + " number of %d, so that threads count at the same moment all the time.)%s", repeat, BUSY_RUNS,
                    range.size(), lostCounts(run.result(), expected))).completed().returned(expected);
        }
    }

    /** A count that came out short in a parallel run: a shared counter that lost what two threads added at once. */
    private static String lostCounts(Long counted, long expected) {
        if (counted == null || counted >= expected) {
            return " Count every n with from <= n < to that isPrime accepts, each once.";
        }
        Evidence.finding(Finding.LOST_UPDATE);
        return String.format(Locale.ROOT, " %d numbers were lost. A counter shared by the threads of a parallel"
                + " stream (count++ on a field, from forEach) loses updates: two cores read the same value and both"
                + " write it back plus one. Let the stream count: filter(isPrime).count().",
                expected - counted);
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("tests the numbers of one range on several threads at the same moment")
    void testsOneRangeOnSeveralThreads() {
        Range range = Range.random(Inputs.random("range threads"));

        Run<Long> run = Run.of(recorder -> new RangeInput(range, new PrimeTest(recorder)),
                ParallelMathChecks::countPrimes);

        assertThat(run).hint(SPLIT_RANGE).completed().ranInParallel();
    }

    @Check(task = 2, kind = Kind.SPEEDUP, points = 3)
    @DisplayName("counts one range about as much sooner as the kit's parallel version does")
    void countsOneRangeSooner() {
        Range range = Range.random(Inputs.random("range speed"));
        long expected = CpuReferences.countOneByOne(range.from(), range.to(), PrimeCount::isPrime);
        Trial<RangeInput> trial = Trial.of(recorder -> new RangeInput(range, new PrimeTest(recorder)))
                .baseline(in -> CpuReferences.countOneByOne(in.range().from(), in.range().to(), in.isPrime()))
                .reference(in -> CpuReferences.countInParallel(in.range().from(), in.range().to(), in.isPrime()))
                .submission(ParallelMathChecks::countPrimes)
                // Every number tested in every run, in the run that counts it: no count carries over.
                .checkedBy((in, run) -> assertThat(run).hint(SPLIT_RANGE).completed()
                        .didEachPieceOnce(range.size()).returned(expected))
                .warmups(1)
                .rounds(5);

        assertThat(trial).hint(SPLIT_RANGE).hasParallelSpeedup(range.size());
    }

    // One structure check per task: a computeAll without a parallel stream (task 1) must not cost countPrimes's.
    @Check(task = 1, kind = Kind.STRUCTURE, points = 1)
    @DisplayName("uses a parallel stream in computeAll")
    void computeAllUsesAParallelStream() {
        reachesAParallelStream("computeAll");
    }

    @Check(task = 2, kind = Kind.STRUCTURE, points = 1)
    @DisplayName("uses a parallel stream in countPrimes")
    void countPrimesUsesAParallelStream() {
        reachesAParallelStream("countPrimes");
    }

    private static void reachesAParallelStream(String method) {
        RuleAssert.assertThat(StreamRules.gradedMethodsReachAParallelStream(
                        GradedMethods.of("parallelmath.ParallelMath", method)))
                .holdsFor(SubmissionClasses.in("parallelmath"));
    }

    /** Passing, but with more threads than cores: worth a word, since the extra threads only took turns. */
    private static void moreThreadsThanCores(Run<?> run) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (run.busy().threads() > cores) {
            Evidence.note(String.format(Locale.ROOT, "The tasks ran on %d threads, on %d cores: at most %d computed at"
                    + " the same moment, and threads beyond the cores only take turns. A parallel stream uses about one"
                    + " thread per core; see README, \"More threads than cores\".", run.busy().threads(), cores,
                    Math.min(cores, run.busy().peakOverlap())));
        }
    }

    /** Threads that took turns: likely each started and joined before the next, which computes one task at a time. */
    private static String oneAtATime(Run<?> run) {
        if (run.busy().threads() < 2 || run.busy().peakOverlap() >= 2) {
            return "";
        }
        Evidence.finding(Finding.WAITS_IN_LOOP);
        return String.format(Locale.ROOT, "The tasks ran on %d threads, but never two at the same moment: a thread"
                + " started and then joined inside the loop computes one task at a time, however many threads there"
                + " are. Start every task before you wait for any. ", run.busy().threads());
    }

    private static List<CpuTask> cpuTasks(Recorder recorder, List<Kernel> kernels) {
        List<String> labels = labels(kernels.size());
        List<CpuTask> tasks = new ArrayList<>();
        for (int i = 0; i < kernels.size(); i++) {
            tasks.add(new CpuTask(recorder, labels.get(i), kernels.get(i)));
        }
        return tasks;
    }

    // The one place each task's checks call the submission from, through the kit's harness: a correctness run, a
    // warm-up and a timed round look the same from inside, down to the stack.
    private static List<Long> computeAll(List<CpuTask> tasks) {
        return ParallelMath.computeAll(tasks.stream().<HeavyTask>map(task -> task::getAsLong).toList());
    }

    private static long countPrimes(RangeInput in) {
        return ParallelMath.countPrimes(in.range().from(), in.range().to(), in.isPrime());
    }

    private static List<String> labels(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "task " + i).toList();
    }

    /** The numbers from {@code from} up to {@code to}, excluded. */
    private record Range(long from, long to) {

        /** A range of large numbers whose primes take about a tenth of a second to count on one core. */
        static Range random(RandomGenerator random) {
            long from = random.nextLong(1_000_000_000L, 1_200_000_000L);
            return new Range(from, from + random.nextInt(30_000, 40_000));
        }

        int size() {
            return Math.toIntExact(to - from);
        }
    }

    private record RangeInput(Range range, LongPredicate isPrime) {
    }
}
