package dev.overlap.checks.pitfalls;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.measure.Run;
import dev.overlap.measure.Trial;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.StreamRules;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.CpuReferences;
import dev.overlap.workload.MixFunction;
import dev.overlap.workload.WaitingLookup;
import dev.overlap.workload.WaitingReferences;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import pitfalls.Scoreboard;

@Exercise(id = "08-parallel-stream-pitfalls", timeoutSeconds = 90, gradesCpuWork = true)
@DisplayName("08 parallel stream pitfalls: right sequentially, wrong in parallel")
class PitfallsChecks {

    /** A race shows up in some runs only, so each answer is checked over many parallel runs. */
    static final int REPEATS = 25;
    /** Cheap scoring, so that threads meet often in a shared collection and a race has chances to show. */
    static final int LIGHT = 8;
    /** Heavier scoring for the evidence runs, so that every worker of the pool surely gets a share. */
    private static final int HEAVY = 256;
    private static final int EVIDENCE_MOVES = 40_000;
    private static final Duration LOOKUP_LATENCY = Duration.ofMillis(40);

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("returns every score, in the order of the moves, in every one of many runs")
    void returnsEveryScoreInOrder() {
        inEveryRun(Inputs.random("scores"), Scoreboard::scores, (move, score) -> score,
                Evidence.finding(Finding.SHARED_RESULT_LIST, "forEach adds each score from whichever thread made it,"
                        + " in no order, to one list that every thread shares: an ArrayList loses scores or throws,"
                        + " and even a synchronized list keeps every score but not their order. Let the stream build"
                        + " the list (toList() or collect(...)) instead of adding to a shared one from forEach; see"
                        + " README, task 1."));
    }

    @Check(task = 2, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("adds the bonus exactly once, in every one of many runs")
    void addsTheBonusOnce() {
        TotalRuns.play(Scoreboard::total, Inputs.random("total"));
    }

    @Check(task = 3, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("writes every line of the report in the order of the moves, in every one of many runs")
    void writesTheReportInOrder() {
        inEveryRun(Inputs.random("report"), PitfallsChecks::report, (move, score) -> move + ": " + score,
                "forEach hands each line to out from whichever thread made it, in no order; forEachOrdered keeps the"
                        + " order of the moves.");
    }

    @Check(task = 4, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("computes the checksum of 1..n exactly")
    void computesTheChecksum() {
        RandomGenerator random = Inputs.random("checksum");
        for (int repeat = 1; repeat <= 5; repeat++) {
            long n = random.nextLong(50_000, 200_000);
            long salt = random.nextLong();
            Run<Long> run = Run.of(recorder -> new Terms(n, new MixFunction(recorder, salt, LIGHT)),
                    PitfallsChecks::checksum);

            assertThat(run).hint(inRun(repeat, "Add mix(i) for every i from 1 to n, each once."))
                    .returned(CpuReferences.sumOneByOne(n, i -> MixFunction.value(salt, LIGHT, i)));
        }
    }

    @Check(task = 5, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("looks every player up once and returns the names in the order of the ids")
    void looksEveryPlayerUpOnce() {
        RandomGenerator random = Inputs.random("names");
        List<String> ids = random.ints(random.nextInt(5, 13)).mapToObj(HexFormat.of()::toHexDigits).toList();
        long salt = random.nextLong();

        Run<List<String>> run = Run.of(recorder -> new Lookups(ids, new WaitingLookup(recorder, Duration.ofMillis(10),
                salt)), PitfallsChecks::namesOf);

        assertThat(run).hint("Look each id up once, and return name i for id i.")
                .completed()
                .ranEachCallOnce(ids)
                .returnedList(ids.stream().map(id -> WaitingLookup.answer(salt, id)).toList());
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("scores the moves on several threads at the same moment")
    void scoresOnSeveralThreads() {
        assertThat(evidenceRun(Scoreboard::scores)).hint("Score the moves in a parallel stream.")
                .completed().ranInParallel();
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("adds up the total on several threads at the same moment")
    void totalsOnSeveralThreads() {
        assertThat(evidenceRun((moves, score) -> Scoreboard.total(1, moves, score)))
                .hint("Score the moves in a parallel stream.")
                .completed().ranInParallel();
    }

    @Check(task = 3, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("scores the report's lines on several threads at the same moment")
    void reportsOnSeveralThreads() {
        assertThat(evidenceRun(PitfallsChecks::report))
                .hint("Build the lines in a parallel stream.")
                .completed().ranInParallel();
    }

    @Check(task = 4, kind = Kind.SPEEDUP, points = 3)
    @DisplayName("computes the checksum about as much sooner as the kit's parallel range does")
    void computesTheChecksumSooner() {
        RandomGenerator random = Inputs.random("checksum speed");
        long n = random.nextLong(1_000_000, 1_500_000);
        long salt = random.nextLong();
        long expected = CpuReferences.sumOneByOne(n, term -> MixFunction.value(salt, 16, term));
        Trial<Terms> trial = Trial.of(recorder -> new Terms(n, new MixFunction(recorder, salt, 16)))
                .baseline(terms -> CpuReferences.sumOneByOne(terms.n(), terms.mix()))
                .reference(terms -> CpuReferences.sumInParallel(terms.n(), terms.mix()))
                .submission(PitfallsChecks::checksum)
                // Every term mixed in every run, in the run that sums it: no checksum carries over.
                .checkedBy((terms, run) -> assertThat(run).completed().didEachPieceOnce(n).returned(expected))
                .warmups(1)
                .rounds(5);

        assertThat(trial).hint("Use a primitive range that splits evenly, LongStream.rangeClosed(1, n).parallel().")
                .hasParallelSpeedup(Math.toIntExact(n));
    }

    @Check(task = 5, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("has every lookup waiting at the same time, more than there are cores")
    void hasEveryLookupInFlight() {
        List<String> ids = playerIds(Inputs.random("lookups"));
        long salt = Inputs.random("lookup names").nextLong();

        Run<List<String>> run = Run.of(recorder -> new Lookups(ids, new WaitingLookup(recorder, LOOKUP_LATENCY, salt)),
                PitfallsChecks::namesOf);

        String biggerPool = onMorePlatformThreadsThanCores(run);
        assertThat(run).hint(String.format(Locale.ROOT, "A parallel stream lets about as many lookups wait as there"
                + " are cores (%d here). Give every lookup a virtual thread of its own.%s",
                Runtime.getRuntime().availableProcessors(), biggerPool)).completed().peakInFlight(ids.size());
        if (!biggerPool.isEmpty()) {
            Evidence.note("Every lookup waited at the same time." + biggerPool);
        }
    }

    /**
     * Lookups on more platform threads than cores: likely a parallel stream on a pool made bigger than the cores, which
     * may pass here and costs every other parallel stream of the program. Worth a word, passing or not.
     */
    private static String onMorePlatformThreadsThanCores(Run<?> run) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (run.platformThreadCalls() == 0 || run.threads().size() <= cores) {
            return "";
        }
        return String.format(Locale.ROOT, " %d of the %d lookups waited on platform threads: %d threads, on %d cores."
                + " If that is a parallel stream on a bigger pool (the common pool raised with"
                + " java.util.concurrent.ForkJoinPool.common.parallelism or setParallelism), every parallel stream of"
                + " the program now uses more threads than cores, for CPU work too. Waiting work wants virtual"
                + " threads.", run.platformThreadCalls(), run.calls().size(), run.threads().size(),
                cores);
    }

    @Check(task = 5, kind = Kind.SPEEDUP, points = 2)
    @DisplayName("looks the players up in about the time of one lookup")
    void looksUpInAboutOneLatency() {
        List<String> ids = playerIds(Inputs.random("lookup speed"));
        RandomGenerator salts = Inputs.random("lookup speed names");
        // A salt of its own for every run: the names change from run to run, so none carries over.
        Trial<Lookups> trial = Trial.of(recorder -> new Lookups(ids, new WaitingLookup(recorder, LOOKUP_LATENCY,
                        salts.nextLong())))
                .baseline(in -> WaitingReferences.oneAfterAnother(calls(ids, in.lookup())))
                .reference(in -> WaitingReferences.allAtOnce(calls(ids, in.lookup())))
                .submission(PitfallsChecks::namesOf)
                .checkedBy((in, run) -> assertThat(run).completed().ranEachCallOnce(ids)
                        .returned(ids.stream().map(id -> WaitingLookup.answer(in.lookup().salt(), id)).toList()))
                .warmups(1)
                .rounds(3);

        assertThat(trial).hint("Give every lookup a virtual thread of its own.")
                .finishesNearCriticalPath(LOOKUP_LATENCY, LOOKUP_LATENCY.multipliedBy(ids.size()));
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 2)
    @DisplayName("lets the streams build their results: no forEach on a stream, no Stream.iterate")
    void letsTheStreamsBuildTheResults() {
        var classes = SubmissionClasses.in("pitfalls");

        RuleAssert.assertThat(StreamRules.NO_CODE_CALLS_FOR_EACH_ON_A_STREAM,
                StreamRules.NO_CODE_BUILDS_A_STREAM_WITH_ITERATE).holdsFor(classes);
    }

    @Check(task = 5, kind = Kind.STRUCTURE, points = 1)
    @DisplayName("looks players up on virtual threads")
    void looksUpOnVirtualThreads() {
        RuleAssert.assertThat(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS)
                .holdsFor(SubmissionClasses.in("pitfalls"));
    }

    /** The terms 1..n of a checksum and the function that mixes them. */
    private record Terms(long n, MixFunction mix) {
    }

    /** The ids to look up and the lookup to use. */
    private record Lookups(List<String> ids, WaitingLookup lookup) {
    }

    // The one place each timed task's checks call the submission from, through the kit's harness: a correctness
    // run, a warm-up and a timed round look the same from inside, down to the stack.
    private static long checksum(Terms terms) {
        return Scoreboard.checksum(terms.n(), terms.mix());
    }

    private static List<String> namesOf(Lookups in) {
        return Scoreboard.namesOf(in.ids(), in.lookup()::apply);
    }

    /** One run on many moves with heavier scoring: the evidence that the scoring ran in parallel. */
    private static Run<?> evidenceRun(BiFunction<List<Long>, MixFunction, ?> method) {
        List<Long> moves = moves(Inputs.random("evidence"), EVIDENCE_MOVES);
        long salt = Inputs.random("evidence salt").nextLong();
        return Run.of(recorder -> () -> method.apply(moves, new MixFunction(recorder, salt, HEAVY)));
    }

    /**
     * {@link #REPEATS} parallel runs of {@code method} on fresh random moves: each must return, in the order of the
     * moves, what {@code entry} makes of each move and its score. Fails at the first run that does not.
     */
    private static <T> void inEveryRun(RandomGenerator random, BiFunction<List<Long>, MixFunction, List<T>> method,
            BiFunction<Long, Long, T> entry, String hint) {
        for (int repeat = 1; repeat <= REPEATS; repeat++) {
            List<Long> moves = moves(random, random.nextInt(2_000, 10_000));
            long salt = random.nextLong();
            Run<List<T>> run = Run.of(recorder -> () -> method.apply(moves, new MixFunction(recorder, salt, LIGHT)));

            assertThat(run).hint(inRun(repeat, hint))
                    .returnedList(moves.stream().map(move -> entry.apply(move, MixFunction.value(salt, LIGHT, move)))
                            .toList());
        }
        Evidence.record("runs", REPEATS);
    }

    private static List<String> report(List<Long> moves, MixFunction score) {
        ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
        Scoreboard.report(moves, score, lines::add);
        return List.copyOf(lines);
    }

    static List<Long> moves(RandomGenerator random, int count) {
        return random.longs(count).boxed().toList();
    }

    /** More lookups than cores, four per core, so that a stream's cap at the core count shows. */
    private static List<String> playerIds(RandomGenerator random) {
        int count = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        return random.ints(count).mapToObj(HexFormat.of()::toHexDigits).distinct().toList();
    }

    private static List<Callable<String>> calls(List<String> ids, WaitingLookup lookup) {
        return ids.stream().<Callable<String>>map(id -> () -> lookup.apply(id)).toList();
    }

    static String inRun(int repeat, String hint) {
        return "(Parallel run " + repeat + " of " + REPEATS + ".) " + hint;
    }
}
