package dev.overlap.checks;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.workload.animals.Outcome;
import dev.overlap.workload.animals.RequestLog;
import dev.overlap.workload.animals.ServedRequest;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Assertions on what an Animals API saw, for every exercise that hands the learner one (03 and 10). Each records the figures it looked at, then fails with a
 * sentence for the learner: what the service saw, what was expected, and the hint of the check.
 */
public final class RequestLogAssert extends CheckAssert<RequestLogAssert, RequestLog> {

    private RequestLogAssert(RequestLog log) {
        super(log, RequestLogAssert.class);
    }

    public static RequestLogAssert assertThat(RequestLog log) {
        return new RequestLogAssert(log);
    }

    /** Each of these targets was answered exactly once, and nothing else was asked. */
    public RequestLogAssert answeredEachOnce(Collection<String> targets) {
        recordShape();
        Map<String, Long> answered = actual.requests(Outcome.ANSWERED).stream()
                .collect(Collectors.groupingBy(ServedRequest::target, TreeMap::new, Collectors.counting()));
        for (String target : targets) {
            long times = answered.getOrDefault(target, 0L);
            if (times != 1) {
                failWithMessage("GET %s was answered %d times; every resource must be fetched exactly once.%s",
                        target, times, hint());
            }
        }
        if (answered.size() != targets.size()) {
            failWithMessage("The API answered requests for %s; only %s were expected.%s",
                    answered.keySet(), targets, hint());
        }
        return this;
    }

    /** No request was answered 429. */
    public RequestLogAssert refusedNone() {
        recordShape();
        int refused = actual.requests(Outcome.REFUSED).size();
        if (refused > 0) {
            failWithMessage("The API refused %d of %d requests with 429 Too Many Requests: at some moment more"
                    + " requests were in flight than it allows.%s", refused, actual.requests().size(), hint());
        }
        return this;
    }

    /** The most requests in flight at the service at once was exactly {@code expected}. */
    public RequestLogAssert peakInFlight(int expected) {
        recordShape();
        int peak = actual.peakInFlight();
        if (peak != expected) {
            failWithMessage("At most %d request%s %s in flight at the API at once; expected %d, the API's limit."
                    + "%s%s", peak, peak == 1 ? "" : "s", peak == 1 ? "was" : "were", expected,
                    peak == 1 ? " Each request was sent only after the previous answer arrived." : "", hint());
        }
        return this;
    }

    private void recordShape() {
        Evidence.record("service_peak_in_flight", actual.peakInFlight());
        Evidence.record("service_requests", actual.requests().size());
        Evidence.record("service_refused", actual.requests(Outcome.REFUSED).size());
        Evidence.record("service_abandoned", actual.requests(Outcome.ABANDONED).size());
        Evidence.record("service_timeline", actual.asMeasurement());
    }
}
