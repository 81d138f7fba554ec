package dev.overlap.checks.animals;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import animals.Animal;
import animals.Zoo;
import animals.ZooReport;
import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.checks.RequestLogAssert;
import dev.overlap.checks.TwoLimits;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Run;
import dev.overlap.measure.ThreadOrigins;
import dev.overlap.measure.Trial;
import dev.overlap.rules.LimitRules;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.animals.AnimalsApi;
import dev.overlap.workload.animals.AnimalsReferences;
import dev.overlap.workload.animals.Outcome;
import dev.overlap.workload.animals.RecordingHttpClient;
import dev.overlap.workload.animals.RequestLog;
import dev.overlap.workload.animals.ServedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;

@Exercise(id = "03-animals-api", allowsNetwork = true)
@DisplayName("03 animals API: many requests, a few at a time")
class AnimalsApiChecks {

    /** Long enough that waiting dominates a request's cost on loopback, short enough to time five rounds quickly. */
    private static final Duration LATENCY = Duration.ofMillis(25);
    /**
     * For the checks that count requests in flight: the permit holders of one round must overlap at the
     * service even when a busy machine delays a thread by a few tens of milliseconds.
     */
    private static final Duration OVERLAPPING = Duration.ofMillis(60);

    private static final String OVERLAP = """
            Fetch each animal on its own virtual thread, and start every request before you wait for any answer: a \
            get() or join() inside the loop that starts them makes each request wait for the one before. \
            Executors.newVirtualThreadPerTaskExecutor() gives every request a new virtual thread.""";
    private static final String LIMIT = """
            Take a permit from a Semaphore of maxInFlight permits before each request and give it back in a finally \
            block.""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("reports every animal of a random zoo once, in the order the API lists them")
    void reportsEveryAnimalInOrder() throws IOException {
        ZooScenario zoo = ZooScenario.random(Inputs.random("report"));
        // Answers come back in the reverse order of the list, so a report in arrival order is wrong every time.
        try (AnimalsApi api = zoo.startAnsweringInReverse(Duration.ofMillis(2), Duration.ofMillis(5))) {
            Run<ZooReport> run = Run.of(recorder -> new ZooCall(RecordingHttpClient.on(recorder), api.uri(),
                    zoo.limit()), AnimalsApiChecks::report);

            reportsTheZoo(zoo, run);
            RequestLogAssert.assertThat(api.log()).hint("Fetch the list once and each animal once.")
                    .answeredEachOnce(zoo.targets());
        }
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("keeps exactly the API's limit of requests in flight, never more, and follows it when it doubles")
    void keepsTheLimitInFlight() throws IOException {
        ZooScenario zoo = ZooScenario.random(Inputs.random("limit"));
        TwoLimits.play(zoo.limit(), zoo.animals().size(), (limit, context) -> keepsInFlight(zoo, limit, context));
    }

    private static void keepsInFlight(ZooScenario zoo, int limit, String context) throws IOException {
        try (AnimalsApi api = zoo.startRefusingOver(limit, OVERLAPPING)) {
            Run<ZooReport> run = Run.of(recorder -> new ZooCall(RecordingHttpClient.on(recorder), api.uri(), limit),
                    AnimalsApiChecks::report);

            RequestLogAssert.assertThat(api.log()).hint(context + retried(api.log()) + ThreadOrigins.story(run)
                    + LIMIT).refusedNone();
            assertThat(run).hint(context + LIMIT).completed();
            RequestLogAssert.assertThat(api.log()).hint(context + ThreadOrigins.story(run) + OVERLAP)
                    .peakInFlight(limit);
        }
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("requests every animal from a virtual thread of its own")
    void requestsFromVirtualThreads() throws IOException {
        ZooScenario zoo = ZooScenario.random(Inputs.random("threads"));
        try (AnimalsApi api = zoo.start(OVERLAPPING)) {
            // Only the animals: the list comes first, from whichever thread called report().
            Run<ZooReport> run = Run.of(recorder -> new ZooCall(RecordingHttpClient.on(recorder,
                    uri -> uri.getPath().startsWith("/animals/")), api.uri(), zoo.limit()), AnimalsApiChecks::report);

            // A pool of maxInFlight threads keeps the limit too, but bounds the threads: the Semaphore is the fix.
            String pooled = ThreadOrigins.story(run);
            assertThat(run).hint(pooled + OVERLAP + (pooled.isEmpty() ? "" : " Keep to the API's limit by bounding"
                    + " the requests, not the threads. " + LIMIT)).completed().ranConcurrently().onVirtualThreads();
        }
    }

    @Check(task = 2, kind = Kind.SPEEDUP, points = 4, requires = "keepsTheLimitInFlight")
    @DisplayName("finishes in about one round trip per group of maxInFlight animals, not one per animal")
    void finishesInRoundsOfTheLimit() throws IOException {
        ZooScenario zoo = ZooScenario.random(Inputs.random("speed"));
        try (AnimalsApi api = zoo.startRefusingOver(zoo.limit(), LATENCY)) {
            Trial<ZooCall> trial = Trial.of(recorder -> new ZooCall(RecordingHttpClient.on(recorder), api.uri(),
                            zoo.limit()))
                    .baseline(call -> AnimalsReferences.oneAtATime(call.http(), call.api()))
                    .reference(call -> AnimalsReferences.atMost(call.limit(), call.http(), call.api()))
                    .submission(AnimalsApiChecks::report)
                    .checkedBy((call, run) -> reportsTheZoo(zoo, run))
                    .warmups(1)
                    .rounds(5);

            assertThat(trial).hint(OVERLAP + " " + LIMIT).finishesNearCriticalPath(
                    LATENCY.multipliedBy(1 + zoo.rounds()), LATENCY.multipliedBy(1 + zoo.animals().size()));
        }
    }

    @Check(task = 2, kind = Kind.STRUCTURE, points = 2)
    @DisplayName("bounds its requests with a Semaphore on virtual threads, not with a thread pool")
    void boundsWithASemaphore() {
        var classes = SubmissionClasses.in("animals");

        RuleAssert.assertThat(ThreadRules.THE_SUBMISSION_STARTS_VIRTUAL_THREADS,
                ThreadRules.NO_CODE_CREATES_A_THREAD_POOL,
                LimitRules.THE_SUBMISSION_LIMITS_REQUESTS_WITH_A_SEMAPHORE).holdsFor(classes);
    }

    /** What one call of the submission gets: a recording client, the API's address and its limit. */
    private record ZooCall(HttpClient http, URI api, int limit) {
    }

    /**
     * The one place every check calls the submission from, through the kit's harness: a correctness run, a
     * warm-up and a timed round look the same from inside, down to the stack.
     */
    private static ZooReport report(ZooCall call) throws Exception {
        return Zoo.report(call.http(), call.api(), call.limit());
    }

    /**
     * The report holds every animal once, in the API's order, and this very run requested every resource: a report
     * kept from another run, sent without the requests, does not count. A request refused and sent again is the
     * limit check's business, not this one's, so a resource may be requested more than once here.
     */
    private static void reportsTheZoo(ZooScenario zoo, Run<?> run) {
        assertThat(run).hint(ThreadOrigins.story(run) + "The report must hold every animal once, in the order of GET"
                + " /animals, whatever order the answers arrive in. " + LIMIT).completed();
        Set<String> requested = run.calls().stream()
                .map(call -> URI.create(call.label().substring(call.label().indexOf(' ') + 1)).normalize().getPath())
                .collect(Collectors.toSet());
        List<String> missing = zoo.targets().stream().filter(target -> !requested.contains(target)).toList();
        Assertions.assertThat(missing)
                .withFailMessage("It never requested %s, yet returned a report: every report must come from the"
                        + " API's answers in the same call.", missing)
                .isEmpty();
        List<Animal> animals = ((ZooReport) run.result()).animals();
        Assertions.assertThat(animals)
                .withFailMessage("The report listed %s; the API serves %s, in that order. %s", animals, zoo.expected(),
                        ReportOrder.mistake(animals, zoo.expected()))
                .isEqualTo(zoo.expected());
    }

    /**
     * A sentence on refused requests that were sent again, ending with a space; empty when none was. Retrying gets the
     * report right, so only the API's log shows the refusals it cost.
     */
    private static String retried(RequestLog log) {
        Set<String> refused = log.requests(Outcome.REFUSED).stream().map(ServedRequest::target)
                .collect(Collectors.toSet());
        long again = log.requests(Outcome.ANSWERED).stream().map(ServedRequest::target).filter(refused::contains)
                .distinct().count();
        return again == 0 ? "" : Evidence.finding(Finding.RETRIES_INSTEAD_OF_BOUNDING, again + " of the refused"
                + " resources were requested again until answered: retrying after a 429 gets the report right, but"
                + " every refused request was wasted, and the API's owners see a client that ignores their limit."
                + " Stay under the limit instead of retrying. ");
    }
}
