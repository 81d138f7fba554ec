package dev.overlap.checks.webserver;

import static org.assertj.core.api.Assertions.fail;

import dev.overlap.evidence.Evidence;
import dev.overlap.measure.Latencies;
import dev.overlap.workload.Volley;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Judges the quick clients that came while a slow report was being prepared. A quick command waits
 * for nothing, so a server that serves clients independently answers it long before the report is
 * ready; a server that serves one client at a time answers none of them until the report is done.
 * The verdict counts the answers that came before the report ended: no clock threshold is needed.
 */
record QuickVerdict(Volley quick, List<String> lines, long reportEndNanos, Duration report) {

    void judge(String hint) {
        Latencies latencies = quick.latencies().record("quick_latency");
        long during = quick.answers().stream()
                .filter(answer -> answer.answered() && answer.answeredNanos() < reportEndNanos).count();
        Evidence.record("quick_clients", lines.size());
        Evidence.record("answered", quick.answered());
        Evidence.record("answered_during_report", during);
        Evidence.record("slow_report_ms", report.toMillis());
        if (during < lines.size()) {
            fail("While one client waited %d ms for a REPORT and then stayed connected, %d of %d quick clients got"
                    + " their answer before the report was ready%s. A quick command waits for nothing, so it should be"
                    + " answered at once, whatever another client is doing. %s", report.toMillis(), during,
                    lines.size(), afterwards(latencies), hint);
        }
        Conversation.expectAnswered(quick.answers(), lines.size(), "quick clients", hint);
        Evidence.note(String.format(Locale.ROOT, "All %d quick clients were answered while a REPORT was being prepared:"
                + " median %d ms, 95th percentile %d ms, worst %d ms.", lines.size(), latencies.median().toMillis(),
                latencies.percentile(95).toMillis(), latencies.worst().toMillis()));
    }

    private String afterwards(Latencies latencies) {
        return latencies.count() == 0
                ? ", and none at all while the slow client stayed connected"
                : String.format(Locale.ROOT, "; the %d answered took %d ms at median, %d ms at worst",
                        latencies.count(), latencies.median().toMillis(), latencies.worst().toMillis());
    }
}
