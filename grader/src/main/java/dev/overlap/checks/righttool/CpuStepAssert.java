package dev.overlap.checks.righttool;

import dev.overlap.check.CheckAssert;
import dev.overlap.evidence.Evidence;
import dev.overlap.evidence.Finding;
import dev.overlap.measure.Call;
import dev.overlap.measure.Run;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which threads ran the checkups. CPU work goes no faster on more threads than there are cores: the
 * extra ones only take turns. So the right tool shows a few platform threads, about one per core (a
 * parallel stream over work that never blocks uses the common pool's workers, one fewer than the cores,
 * and the calling thread), and the wrong ones show one thread (sequential), a virtual thread per animal
 * (the waiting tool used for computing), or more platform threads than cores (a big pool, or a common
 * pool that grew while the same stream waited for requests).
 */
final class CpuStepAssert extends CheckAssert<CpuStepAssert, Run<?>> {

    private CpuStepAssert(Run<?> run) {
        super(run, CpuStepAssert.class);
    }

    static CpuStepAssert assertThat(Run<?> run) {
        return new CpuStepAssert(run);
    }

    /** Two threads or more, all of them platform threads, and no more of them than the cores and the caller. */
    CpuStepAssert ranOnAboutOneThreadPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        Set<String> threads = actual.calls().stream().map(Call::thread)
                .collect(Collectors.toCollection(() -> new TreeSet<>(WrongTool.BY_NAME)));
        long virtual = actual.calls().stream().filter(Call::virtual).count();
        Evidence.record("cpu_threads", threads.size());
        Evidence.record("cpu_virtual_calls", virtual);
        Evidence.record("cores", cores);
        Evidence.record("most_sensible_threads", cores + 1);
        Evidence.record("timeline", actual.timeline().asMeasurement());
        actual.failure().ifPresent(failure -> failWithMessage("The code threw %s instead of returning.%s",
                failure, hint()));
        if (virtual > 0) {
            Evidence.finding(Finding.COMPUTES_ON_VIRTUAL_THREADS);
            failWithMessage("%d of the %d checkups ran on virtual threads (%d threads in all). Virtual threads are"
                    + " the tool for waiting: while they compute, they hold one of the few carrier threads, so"
                    + " a virtual thread per animal adds threads, not cores, and keeps the carriers from the"
                    + " waiting work.%s",
                    virtual, actual.calls().size(), threads.size(), hint());
        }
        if (threads.size() < 2) {
            failWithMessage("The %d checkups ran on %s, one after another. This machine has %d cores; a parallel"
                    + " stream would keep them all busy.%s", actual.calls().size(),
                    threads.isEmpty() ? "no thread at all" : "one thread, " + threads.iterator().next(), cores, hint());
        }
        if (threads.size() > cores + 1) {
            Evidence.finding(Finding.TOO_MANY_THREADS);
            String grown = WrongTool.forComputing(List.copyOf(threads));
            failWithMessage("The %d checkups ran on %d platform threads (%s) on a machine of %d cores. More threads"
                    + " than cores only take turns on them, each switch costing time. %s%s", actual.calls().size(),
                    threads.size(), String.join(", ", threads), cores, grown.isEmpty()
                            ? "A pool of your own wants Runtime.getRuntime().availableProcessors() threads." : grown,
                    hint());
        }
        return this;
    }
}
