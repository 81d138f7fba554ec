package dev.overlap.workload.animals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every request an Animals API received, and the requests in flight counted live: a request is in
 * flight from the moment it is admitted until its answer starts to be written or its client goes away.
 */
public final class RequestLog {

    private final long origin = System.nanoTime();
    private final ConcurrentLinkedQueue<ServedRequest> requests = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** Admits a request unless {@code limit} requests are already in flight. */
    boolean admit(int limit) {
        int before = inFlight.getAndUpdate(count -> count < limit ? count + 1 : count);
        if (before >= limit) {
            return false;
        }
        peak.accumulateAndGet(before + 1, Math::max);
        return true;
    }

    /**
     * Ends an admitted request. It is called before the answer is written, so a client that reads the
     * answer and sends its next request at once is never counted twice.
     */
    void finish(ServedRequest request) {
        inFlight.decrementAndGet();
        requests.add(request);
    }

    void refuse(ServedRequest request) {
        requests.add(request);
    }

    /** Every finished request, in the order they started. */
    public List<ServedRequest> requests() {
        List<ServedRequest> sorted = new ArrayList<>(requests);
        sorted.sort(Comparator.comparingLong(ServedRequest::startNanos));
        return sorted;
    }

    public List<ServedRequest> requests(Outcome outcome) {
        return requests().stream().filter(request -> request.outcome() == outcome).toList();
    }

    public int peakInFlight() {
        return peak.get();
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** The requests as bars for a report, in milliseconds from when the service started. */
    public Map<String, Object> asMeasurement() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("peak_in_flight", peakInFlight());
        data.put("bars", requests().stream().map(request -> Map.<String, Object>of(
                "label", request.method() + " " + request.target(),
                "status", request.status(),
                "outcome", request.outcome().name().toLowerCase(Locale.ROOT),
                "connection", request.connection(),
                "start_ms", millis(request.startNanos() - origin),
                "end_ms", millis(request.endNanos() - origin))).toList());
        return data;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
