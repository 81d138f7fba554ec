package dev.overlap.checks.righttool;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.checks.RequestLogAssert;
import dev.overlap.checks.TwoLimits;
import dev.overlap.measure.Call;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.measure.Trial;
import dev.overlap.rules.LimitRules;
import dev.overlap.rules.PoolRules;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.animals.AnimalsApi;
import dev.overlap.workload.animals.RecordingHttpClient;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import righttool.Clinic;
import righttool.Examined;

@Exercise(id = "10-right-tool", allowsNetwork = true, gradesCpuWork = true)
@DisplayName("10 right tool: virtual threads for waiting, cores for computing")
class RightToolChecks {

    /** Long enough that waiting outweighs a request's cost on loopback, short enough to time a few rounds. */
    private static final Duration LATENCY = Duration.ofMillis(30);
    /** For counting requests in flight: one round's permit holders overlap even when a thread starts late. */
    private static final Duration OVERLAPPING = Duration.ofMillis(60);
    /** For the checks of the computing half: the waits are there, but short. */
    private static final Duration QUICK = Duration.ofMillis(2);

    private static final String FETCH = """
            Fetch each animal on its own virtual thread, taking a permit of a Semaphore(maxInFlight) before each \
            request and giving it back in a finally block.""";
    private static final String EXAMINE = """
            Once the animals have arrived, examine them with a parallel stream, for example \
            animals.parallelStream().map(a -> new Examined(a, checkup.examine(a))).toList().""";

    private static final String RETURN_IN_ORDER = """
            Return one Examined per animal, in the order of GET /animals, with the score checkup.examine gave that \
            animal, whatever order the work finished in.""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("fetches every animal of a random zoo once and returns its checkup, in the API's order")
    void examinesEveryAnimalInOrder() throws IOException {
        ClinicScenario zoo = ClinicScenario.random(Inputs.random("report"));
        try (AnimalsApi api = zoo.start(QUICK)) {
            Run<List<Examined>> run = checkups(zoo, api);

            assertThat(run).hint(RETURN_IN_ORDER)
                    .completed()
                    .ranEachCallOnce(zoo.kernels().keySet().stream().map(id -> "examine " + id).toList())
                    .returnedList(zoo.expected());
            RequestLogAssert.assertThat(api.log()).hint("Fetch the list once and each animal once.")
                    .answeredEachOnce(zoo.targets());
        }
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("keeps exactly the API's limit of requests in flight, never more, and follows it when it doubles")
    void keepsTheLimitInFlight() throws IOException {
        ClinicScenario zoo = ClinicScenario.random(Inputs.random("limit"));
        TwoLimits.play(zoo.limit(), zoo.animals().size(), (limit, context) -> keepsInFlight(zoo, limit, context));
    }

    private static void keepsInFlight(ClinicScenario zoo, int limit, String context) throws IOException {
        try (AnimalsApi api = zoo.startRefusingOver(limit, OVERLAPPING)) {
            Run<List<Examined>> run = requests(zoo, api, limit);
            String hint = context + WrongTool.forWaiting(run, FETCH);

            RequestLogAssert.assertThat(api.log()).hint(hint).refusedNone();
            assertThat(run).hint(hint).completed();
            RequestLogAssert.assertThat(api.log()).hint(hint).peakInFlight(limit);
        }
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("requests every animal from a virtual thread of its own, not from a parallel stream")
    void requestsFromVirtualThreads() throws IOException {
        ClinicScenario zoo = ClinicScenario.random(Inputs.random("requests"));
        try (AnimalsApi api = zoo.start(OVERLAPPING)) {
            Run<List<Examined>> run = requests(zoo, api, zoo.limit());

            assertThat(run).hint(WrongTool.forWaiting(run, FETCH)).completed().ranConcurrently().onVirtualThreads();
        }
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("examines the animals on several threads at the same moment")
    void examinesOnSeveralThreadsAtOnce() throws IOException {
        assertThat(checkupsOfARandomZoo("examine")).hint(EXAMINE).completed().ranInParallel();
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("examines on about one platform thread per core, not on a virtual thread per animal")
    void examinesOnAboutOneThreadPerCore() throws IOException {
        CpuStepAssert.assertThat(checkupsOfARandomZoo("cores")).hint(EXAMINE).ranOnAboutOneThreadPerCore();
    }

    @Check(task = 2, kind = Kind.SPEEDUP, points = 4, requires = "keepsTheLimitInFlight")
    @DisplayName("finishes near the ideal of both halves: waits in rounds of the limit, checkups on every core")
    void finishesNearTheIdealOfBothHalves() throws IOException {
        ClinicScenario zoo = ClinicScenario.random(Inputs.random("speed"));
        Duration cpuWork = zoo.cpuWork();
        Evidence.record("cpu_work_ms", cpuWork.toMillis());
        List<Examined> expected = zoo.expected();
        List<String> checkups = zoo.kernels().keySet().stream().map(id -> "examine " + id).toList();
        try (AnimalsApi api = zoo.start(LATENCY)) {
            URI uri = api.uri();
            Trial<ClinicInput> trial = Trial.of(recorder -> new ClinicInput(animalRequests(recorder), uri,
                            zoo.limit(), zoo.tasks(recorder)))
                    .baseline(ClinicReferences::oneAfterAnother)
                    .reference(ClinicReferences::eachWithItsTool)
                    .submission(RightToolChecks::examineAll)
                    .checkedBy((in, run) -> examinedEachOnce(checkups, expected, run))
                    .warmups(1)
                    .rounds(3);

            assertThat(trial).hint(FETCH + " " + EXAMINE)
                    .finishesNearLowerBound(zoo.lowerBound(LATENCY, cpuWork), zoo.totalWork(LATENCY, cpuWork));
        }
    }

    /** Every animal examined exactly once in this very run, and the right checkups returned in the API's order. */
    private static void examinedEachOnce(List<String> checkups, List<Examined> expected, Run<?> run) {
        assertThat(run).hint(RETURN_IN_ORDER).completed().returnedList(expected);
        Map<String, Long> examined = run.calls().stream().map(Call::label).filter(checkups::contains)
                .collect(Collectors.groupingBy(label -> label, Collectors.counting()));
        List<String> notOnce = checkups.stream().filter(label -> examined.getOrDefault(label, 0L) != 1).toList();
        Assertions.assertThat(notOnce).withFailMessage("These checkups did not run exactly once: %s. Every animal"
                + " must be examined once, in the same call that returns its score.", notOnce).isEmpty();
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 2)
    @DisplayName("fetches on virtual threads that are never pooled, bounded by a Semaphore")
    void fetchesOnVirtualThreadsBoundedByASemaphore() {
        var classes = SubmissionClasses.in("righttool");

        RuleAssert.assertThat(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS,
                PoolRules.VIRTUAL_THREADS_ARE_NEVER_POOLED,
                LimitRules.THE_SUBMISSION_LIMITS_REQUESTS_WITH_A_SEMAPHORE).holdsFor(classes);
    }

    /**
     * The one place every check calls the submission from, through the kit's harness: a correctness run, a
     * warm-up and a timed round look the same from inside, down to the stack.
     */
    private static List<Examined> examineAll(ClinicInput in) throws Exception {
        return Clinic.examineAll(in.http(), in.api(), in.limit(), ClinicScenario.checkup(in.tasks()));
    }

    /** A run of the computing half on a random zoo drawn from {@code inputs}, its API closed once the run is over. */
    private static Run<List<Examined>> checkupsOfARandomZoo(String inputs) throws IOException {
        ClinicScenario zoo = ClinicScenario.random(Inputs.random(inputs));
        try (AnimalsApi api = zoo.start(QUICK)) {
            return checkups(zoo, api);
        }
    }

    /** A run for the computing half: the requests go unrecorded, so the run's recorder holds the checkups alone. */
    private static Run<List<Examined>> checkups(ClinicScenario zoo, AnimalsApi api) {
        return Run.of(recorder -> new ClinicInput(unrecorded(recorder), api.uri(), zoo.limit(), zoo.tasks(recorder)),
                RightToolChecks::examineAll);
    }

    /** A run for the waiting half under {@code limit}: the run's recorder holds the animals' requests alone. */
    private static Run<List<Examined>> requests(ClinicScenario zoo, AnimalsApi api, int limit) {
        return Run.of(recorder -> new ClinicInput(animalRequests(recorder), api.uri(), limit,
                zoo.tasks(new Recorder())), RightToolChecks::examineAll);
    }

    /** A client that sends every request without recording it, so the run's recorder holds the checkups alone. */
    private static RecordingHttpClient unrecorded(Recorder recorder) {
        return RecordingHttpClient.on(recorder, uri -> false);
    }

    /** Only the animals: the list comes first, from whichever thread called examineAll. */
    private static RecordingHttpClient animalRequests(Recorder recorder) {
        return RecordingHttpClient.on(recorder, uri -> uri.getPath().startsWith("/animals/"));
    }

}
