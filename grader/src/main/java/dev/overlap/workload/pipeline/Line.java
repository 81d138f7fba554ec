package dev.overlap.workload.pipeline;

import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An instrumented pipeline job: a producer's source, a worker's slow call and a collector, each counting
 * what passes through it. How many items sit between two stages is counted at the edges, from what left
 * one stage and what entered the next, so it is measured whatever channels the code uses.
 */
public final class Line {

    private static final int KEPT_COMPLAINTS = 20;

    private final Recorder recorder;
    private final Job job;
    private final Map<String, Integer> indexOf;
    private final Map<String, String> itemOfResult;
    private final Map<String, AtomicInteger> worked = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> collected = new ConcurrentHashMap<>();
    private final Set<Thread> stageThreads = ConcurrentHashMap.newKeySet();
    private final Set<Thread> collectorThreads = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<String> complaints = new ConcurrentLinkedQueue<>();
    private final AtomicInteger complaintCount = new AtomicInteger();
    private final AtomicInteger handedOut = new AtomicInteger();
    private final AtomicInteger workStarted = new AtomicInteger();
    private final AtomicInteger workFinished = new AtomicInteger();
    private final AtomicInteger collectStarted = new AtomicInteger();
    private final AtomicInteger working = new AtomicInteger();
    private final AtomicInteger collecting = new AtomicInteger();
    private final AtomicInteger peakBeforeWork = new AtomicInteger();
    private final AtomicInteger peakBeforeCollect = new AtomicInteger();
    private final AtomicInteger handedOutWhileWorking = new AtomicInteger();
    private final AtomicInteger collectedWhileWorking = new AtomicInteger();
    private final AtomicBoolean collectorShared = new AtomicBoolean();
    private volatile Thread caller;
    private volatile Optional<Integer> uncollectedAtReturn = Optional.empty();

    public Line(Recorder recorder, Job job) {
        this.recorder = recorder;
        this.job = job;
        this.indexOf = new ConcurrentHashMap<>();
        for (int i = 0; i < job.items().size(); i++) {
            indexOf.put(job.items().get(i), i);
        }
        this.itemOfResult = job.items().stream().collect(Collectors.toMap(Job::resultOf, Function.identity()));
    }

    public Job job() {
        return job;
    }

    /** Marks the calling thread as the one that runs the pipeline, not one of its stages. */
    public void enter() {
        caller = Thread.currentThread();
    }

    /** Notes how much was still not collected when the pipeline returned. */
    public void leave() {
        uncollectedAtReturn = Optional.of((int) job.items().stream().map(Job::resultOf)
                .filter(result -> count(collected, result) == 0).count());
    }

    /** The producer's source: the next item, or empty when there are no more. Safe from any thread. */
    public synchronized Optional<String> next() {
        stageThreads.add(Thread.currentThread());
        int index = handedOut.get();
        if (index >= job.items().size()) {
            return Optional.empty();
        }
        handedOut.incrementAndGet();
        peakBeforeWork.accumulateAndGet(handedOut.get() - workStarted.get(), Math::max);
        if (working.get() > 0) {
            handedOutWhileWorking.incrementAndGet();
        }
        return Optional.of(job.items().get(index));
    }

    /** The worker's slow call: waits the item's work time on the recorder, then returns its result. */
    public String work(String item) throws InterruptedException {
        stageThreads.add(Thread.currentThread());
        Integer index = indexOf.get(item);
        if (index == null) {
            complain("a worker was given \"" + item + "\", which the producer never handed out");
            throw new IllegalArgumentException("not an item of this job: " + item);
        }
        if (worked.computeIfAbsent(item, i -> new AtomicInteger()).incrementAndGet() == 2) {
            complain("item \"" + item + "\" was worked on twice");
        }
        workStarted.incrementAndGet();
        working.incrementAndGet();
        try {
            recorder.record(item, () -> {
                Thread.sleep(job.workTimes().get(index));
                return null;
            });
        } finally {
            working.decrementAndGet();
        }
        peakBeforeCollect.accumulateAndGet(workFinished.incrementAndGet() - collectStarted.get(), Math::max);
        return Job.resultOf(item);
    }

    /** The collector: files one result; it is not thread-safe, so only one stage may call it. */
    public void collect(String result) throws InterruptedException {
        stageThreads.add(Thread.currentThread());
        collectorThreads.add(Thread.currentThread());
        if (collecting.incrementAndGet() > 1 && collectorShared.compareAndSet(false, true)) {
            Evidence.finding(Finding.UNGUARDED_RESOURCE);
            complain("the collector was called by two threads at once; it is not thread-safe, so only one"
                    + " collector stage may call it");
        }
        try {
            collectStarted.incrementAndGet();
            if (working.get() > 0) {
                collectedWhileWorking.incrementAndGet();
            }
            if (!itemOfResult.containsKey(result)) {
                complain("the collector was given \"" + result + "\", which no worker returned");
            } else if (collected.computeIfAbsent(result, r -> new AtomicInteger()).incrementAndGet() == 2) {
                complain("result \"" + result + "\" was collected twice");
            }
            Thread.sleep(job.collectTime());
        } finally {
            collecting.decrementAndGet();
        }
    }

    /** What went wrong, as sentences; empty when every item was worked on and collected exactly once. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(complaints);
        if (complaintCount.get() > KEPT_COMPLAINTS) {
            problems.add("... and " + (complaintCount.get() - KEPT_COMPLAINTS) + " more");
        }
        // Two collector stages overlap inside collect only when their calls happen to meet, which a fast collector
        // makes rare; that both of them call it at all is all but certain, and without a lock between them that
        // is a race even when their calls do not meet.
        if (collectorThreads.size() > 1 && !collectorShared.get()) {
            problems.add("the collector was called from " + collectorThreads.size() + " threads; it is not"
                    + " thread-safe, so only one collector stage, on one thread, may call it");
        }
        problems.addAll(unfinished());
        return problems;
    }

    /**
     * The work left undone when the pipeline returned, as sentences: items that never reached a worker, results not
     * collected yet. Empty when everything was through, however it got there.
     */
    public List<String> unfinished() {
        List<String> unfinished = new ArrayList<>();
        List<String> neverWorked = job.items().stream().filter(item -> count(worked, item) == 0).toList();
        if (!neverWorked.isEmpty()) {
            unfinished.add(neverWorked.size() + " of " + job.items().size() + " items never reached a worker, among"
                    + " them \"" + neverWorked.getFirst() + "\"");
        }
        uncollectedAtReturn.filter(missing -> missing > 0).ifPresent(missing -> unfinished.add("the pipeline"
                + " returned before " + missing + " result(s) were collected"));
        return unfinished;
    }

    /** The most items that had left the producer and not yet reached a worker. */
    public int peakBeforeWork() {
        return peakBeforeWork.get();
    }

    /** The most results that had left a worker and not yet reached the collector. */
    public int peakBeforeCollect() {
        return peakBeforeCollect.get();
    }

    public int handedOutWhileWorking() {
        return handedOutWhileWorking.get();
    }

    public int collectedWhileWorking() {
        return collectedWhileWorking.get();
    }

    /** The threads that ran a stage, other than the one that called the pipeline. */
    public List<Thread> stageThreads() {
        return stageThreads.stream().filter(thread -> thread != caller).toList();
    }

    private void complain(String sentence) {
        if (complaintCount.incrementAndGet() <= KEPT_COMPLAINTS) {
            complaints.add(sentence);
        }
    }

    private static int count(Map<String, AtomicInteger> counts, String key) {
        AtomicInteger count = counts.get(key);
        return count == null ? 0 : count.get();
    }
}
