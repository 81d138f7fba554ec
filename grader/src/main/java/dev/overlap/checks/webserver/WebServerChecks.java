package dev.overlap.checks.webserver;

import static dev.overlap.measure.OverlapAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.overlap.check.Check;
import dev.overlap.evidence.Evidence;
import dev.overlap.check.Exercise;
import dev.overlap.check.Inputs;
import dev.overlap.check.Kind;
import dev.overlap.measure.ReportsPinning;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.measure.ThreadCensus;
import dev.overlap.measure.ThreadCensus.LiveThread;
import dev.overlap.measure.ThreadOrigins;
import dev.overlap.measure.Trial;
import dev.overlap.rules.RuleAssert;
import dev.overlap.rules.SubmissionClasses;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.Answer;
import dev.overlap.workload.ClientSwarm;
import dev.overlap.workload.LineClient;
import dev.overlap.workload.Volley;
import dev.overlap.workload.WaitingReferences;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;

@Exercise(id = "04-web-server", timeoutSeconds = 90, allowsNetwork = true)
@ReportsPinning
@DisplayName("04 web server: every client on a virtual thread of its own")
class WebServerChecks {

    /** How long a client waits for one reply: generous, since a reply that never comes fails anyway. */
    static final Duration PATIENCE = Duration.ofSeconds(5);
    /** A swarm gives up on its remaining clients when no answer came for this long. */
    static final Duration STALL = Duration.ofSeconds(2);
    /** The slow REPORT of the latency check lasts until the quick clients are done, or at most this long. */
    static final Duration SLOW_REPORT = Duration.ofSeconds(5);
    static final int QUICK_CLIENTS = 200;
    static final int CROWD = 1000;
    static final int IDLE_CLIENTS = 20;
    static final int REPORTS_AT_ONCE = 4;
    static final Duration REPORT_LATENCY = Duration.ofMillis(80);
    /** Closing a socket wakes its reader at once; this leaves room for a busy machine's scheduler. */
    static final Duration WIND_DOWN = Duration.ofSeconds(2);

    private static final String ONE_THREAD_EACH = """
            Let the outer loop only accept: hand each accepted client to a virtual thread of its own \
            (Executors.newVirtualThreadPerTaskExecutor() or Thread.ofVirtual()) and go straight back to accept(), \
            without waiting for the conversation (a get() or join() on it in the loop serves one client at a time \
            again).""";

    private static final String KEEP_THE_PROTOCOL = """
            Keep the protocol of Commands as it is; change how clients are served.""";

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 3)
    @DisplayName("answers every command right, then says BYE and hangs up on QUIT")
    void answersEveryCommand() {
        RandomGenerator random = Inputs.random("commands");
        String salt = token(random);
        Script script = Script.commands(random, RecordedArchive.waiting(new Recorder(), Duration.ZERO, salt));

        Run<List<Answer>> run = Run.of(recorder -> () -> {
            try (RunningServer server = RunningServer.start(
                    RecordedArchive.waiting(recorder, Duration.ofMillis(10), salt));
                 LineClient client = LineClient.connect(server.port(), PATIENCE)) {
                List<Answer> replies = Conversation.askInTurn(client, script.lines());
                ClientAssert.assertThat(client).saysByeAndHangsUp();
                ServerAssert.assertThat(server).stillServesANewClient();
                return replies;
            }
        });

        assertThat(run).hint(KEEP_THE_PROTOCOL)
                .completed().ranEachCallOnce(script.topics().stream().map(RecordedArchive::label).toList());
        AnswersAssert.assertThat(run.result()).hint(KEEP_THE_PROTOCOL).repliedWith(script.replies());
    }

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 2)
    @DisplayName("answers bad lines with ERROR and survives clients that hang up mid-sentence")
    void survivesBadLines() throws Exception {
        RandomGenerator random = Inputs.random("bad lines");
        List<String> bad = Script.badLines(random);
        try (RunningServer server = RunningServer.start(RecordedArchive.waiting(new Recorder(), Duration.ofMillis(50),
                token(random)))) {
            try (LineClient client = LineClient.connect(server.port(), PATIENCE)) {
                ClientAssert.assertThat(client).repliesErrorTo(bad);
                AnswersAssert.assertThat(Conversation.askInTurn(client, List.of("PING"))).repliedWith(List.of("PONG"));
            }
            try (LineClient halfLine = LineClient.connect(server.port(), PATIENCE)) {
                halfLine.sendRaw("PIN");
            }
            try (LineClient impatient = LineClient.connect(server.port(), PATIENCE)) {
                impatient.send("REPORT " + token(random));
            }
            ServerAssert.assertThat(server).stillServesANewClient();
        }
        Evidence.record("bad_lines", bad.size());
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 4)
    @DisplayName("answers hundreds of quick clients while one client waits for a slow report")
    void answersQuickClientsDuringASlowReport() throws Exception {
        RandomGenerator random = Inputs.random("quick clients");
        Recorder recorder = new Recorder();
        String slowTopic = "slow-" + token(random);
        RecordedArchive archive = RecordedArchive.holding(recorder, slowTopic, SLOW_REPORT, token(random));
        List<String> lines = IntStream.range(0, QUICK_CLIENTS).mapToObj(i -> "ECHO quick " + token(random)).toList();

        try (RunningServer server = RunningServer.start(archive);
             LineClient slow = LineClient.connect(server.port(), PATIENCE)) {
            slow.send("REPORT " + slowTopic);
            if (!archive.awaitHeld(PATIENCE)) {
                fail("The slow client sent REPORT %s, but the archive was not asked within %d s.", slowTopic,
                        PATIENCE.toSeconds());
            }
            Volley quick = ClientSwarm.against(server.port(), PATIENCE, STALL).connectAndAsk(lines, false);
            archive.release();
            slow.receive();
            long reportEnd = recorder.origin() + recorder.calls().getFirst().endNanos();
            AnswersAssert.assertThat(quick.answers()).hint(ONE_THREAD_EACH)
                    .answeredWhileAReportWaited(lines.size(), recorder.calls().getFirst().duration(), reportEnd);
        }
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("holds a thousand connections open at once and answers every one of them")
    void servesAThousandConnections() throws Exception {
        RandomGenerator random = Inputs.random("crowd");
        List<String> lines = IntStream.range(0, CROWD).mapToObj(i -> "ECHO " + i + " " + token(random)).toList();
        try (RunningServer server = RunningServer.start(RecordedArchive.waiting(new Recorder(), Duration.ZERO, ""));
             Volley crowd = ClientSwarm.against(server.port(), PATIENCE, STALL).connectAndAsk(lines, true)) {
            crowd.latencies().record("first_answer");
            Evidence.record("connections", CROWD);
            Evidence.record("answered_while_all_stay_connected", crowd.answered());
            AnswersAssert.assertThat(crowd.answers()).hint(crowdHint(crowd.answered()))
                    .allAnswered(CROWD, "connected clients, each staying connected after its answer,").repliedAsAsked();
            List<Answer> again = crowd.askAllAgain(i -> "SUM " + i + " 1");
            Evidence.record("answered_again", again.stream().filter(Answer::answered).count());
            AnswersAssert.assertThat(again).hint(crowdHint(again.stream().filter(Answer::answered).count()))
                    .allAnswered(CROWD, "clients, all still connected, asking a second time,").repliedAsAsked();
        }
    }

    @Check(task = 1, kind = Kind.CONCURRENCY, points = 2)
    @DisplayName("serves several slow reports at once, each on a virtual thread")
    void servesSlowReportsAtOnceOnVirtualThreads() {
        List<String> topics = IntStream.range(0, REPORTS_AT_ONCE).mapToObj(i -> "topic-" + i).toList();
        Run<List<String>> run = Run.of(recorder -> () -> Conversation.reportsAtOnce(
                RecordedArchive.waiting(recorder, REPORT_LATENCY, "at once"), topics));

        assertThat(run).hint(ThreadOrigins.story(run) + ONE_THREAD_EACH).completed().peakInFlight(REPORTS_AT_ONCE)
                .onVirtualThreads();
    }

    @Check(task = 1, kind = Kind.SPEEDUP, points = 3)
    @DisplayName("answers several slow reports in about the time of one")
    void answersSlowReportsInAboutTheTimeOfOne() {
        RandomGenerator random = Inputs.random("speed");
        Trial<ReportLoad> trial = Trial.of(recorder -> ReportLoad.of(recorder, REPORTS_AT_ONCE, REPORT_LATENCY, random))
                .baseline(load -> WaitingReferences.oneAfterAnother(load.asTasks()))
                .reference(load -> WaitingReferences.allAtOnce(load.asTasks()))
                .submission(load -> Conversation.reportsAtOnce(load.archive(), load.topics()))
                .checkedBy((load, run) -> assertThat(run).hint(ONE_THREAD_EACH).completed()
                        .ranEachCallOnce(load.labels()).returned(load.replies()))
                .warmups(1)
                .rounds(3);

        assertThat(trial).hint(ONE_THREAD_EACH)
                .finishesNearCriticalPath(REPORT_LATENCY, REPORT_LATENCY.multipliedBy(REPORTS_AT_ONCE));
    }

    @Check(task = 2, kind = Kind.CONCURRENCY, points = 3)
    @DisplayName("ends every conversation and its thread when the server is closed")
    void closingEndsEveryConversation() throws Exception {
        Set<String> before = ThreadCensus.runningCodeOf("webserver").stream().map(LiveThread::id)
                .collect(Collectors.toSet());
        List<String> pings = IntStream.range(0, IDLE_CLIENTS).mapToObj(i -> "PING").toList();
        try (RunningServer server = RunningServer.start(RecordedArchive.waiting(new Recorder(), Duration.ZERO, ""));
             Volley idle = ClientSwarm.against(server.port(), PATIENCE, STALL.dividedBy(2))
                     .connectAndAsk(pings, true)) {
            server.closeServer();
            ServerAssert.assertThat(server).endedEveryConversation(idle, IDLE_CLIENTS, before, WIND_DOWN);
        }
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 2)
    @DisplayName("starts virtual threads for its clients and never pools threads")
    void startsVirtualThreadsWithoutPools() {
        RuleAssert.assertThat(ThreadRules.A_VIRTUAL_THREAD_PER_TASK).holdsFor(SubmissionClasses.in("webserver"));
    }

    /** What to try when clients of the crowd went unanswered, with the pool that kept them waiting, if any. */
    private static String crowdHint(long answered) {
        return answered < CROWD ? ServerThreads.pooled() + ONE_THREAD_EACH : ONE_THREAD_EACH;
    }

    static String token(RandomGenerator random) {
        return HexFormat.of().toHexDigits(random.nextInt());
    }
}
