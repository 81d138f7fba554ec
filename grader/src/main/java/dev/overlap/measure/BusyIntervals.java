package dev.overlap.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When recorded work kept threads busy, seen as intervals on one clock. Evidence of parallel work that
 * load cannot fake: a sequential run never has two intervals open at once, however slow the machine;
 * a parallel run keeps several open, and on a busy machine they only stretch, still overlapping.
 */
public final class BusyIntervals {

    private final List<Call> calls;

    private BusyIntervals(List<Call> calls) {
        this.calls = List.copyOf(calls);
    }

    public static BusyIntervals of(List<Call> calls) {
        return new BusyIntervals(calls);
    }

    /** How many distinct threads did some of the work. */
    public int threads() {
        return (int) calls.stream().map(Call::thread).distinct().count();
    }

    /** The most intervals open at one moment. */
    public int peakOverlap() {
        int open = 0;
        int peak = 0;
        for (Edge edge : edges()) {
            open += edge.delta();
            peak = Math.max(peak, open);
        }
        return peak;
    }

    /** How long at least two intervals were open at once. */
    public Duration overlapped() {
        return timeWithAtLeast(2);
    }

    /** How long at least one interval was open: the span of the work without the gaps. */
    public Duration covered() {
        return timeWithAtLeast(1);
    }

    /** Every interval added up: the time the work would take on one thread, if it ran as fast. */
    public Duration busy() {
        return Duration.ofNanos(calls.stream().mapToLong(call -> call.endNanos() - call.startNanos()).sum());
    }

    /** On average, how many threads were busy while any was: 1.0 is one after another. */
    public double meanBusyThreads() {
        long covered = covered().toNanos();
        return covered == 0 ? 0 : (double) busy().toNanos() / covered;
    }

    private Duration timeWithAtLeast(int count) {
        long total = 0;
        int open = 0;
        long since = 0;
        for (Edge edge : edges()) {
            int before = open;
            open += edge.delta();
            if (before < count && open >= count) {
                since = edge.nanos();
            } else if (before >= count && open < count) {
                total += edge.nanos() - since;
            }
        }
        return Duration.ofNanos(total);
    }

    // Ends sort before starts at the same instant, so work handed from one thread to the next at once
    // is not mistaken for overlap.
    private List<Edge> edges() {
        List<Edge> edges = new ArrayList<>(calls.size() * 2);
        for (Call call : calls) {
            edges.add(new Edge(call.startNanos(), +1));
            edges.add(new Edge(call.endNanos(), -1));
        }
        edges.sort(Comparator.comparingLong(Edge::nanos).thenComparingInt(Edge::delta));
        return edges;
    }

    private record Edge(long nanos, int delta) {
    }
}
