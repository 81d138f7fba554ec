package dev.overlap.evidence;

import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Opens fresh evidence before each check and publishes it, as report entries, after it. */
public final class EvidenceExtension implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.create(EvidenceExtension.class))
                .put(Evidence.class, Evidence.begin());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Evidence evidence = context.getStore(ExtensionContext.Namespace.create(EvidenceExtension.class))
                .get(Evidence.class, Evidence.class);
        context.publishReportEntry(Map.of(EvidenceEntry.MEASUREMENTS, EvidenceEntry.encode(evidence.measurements())));
        if (!evidence.findings().isEmpty()) {
            context.publishReportEntry(Map.of(EvidenceEntry.FINDINGS, EvidenceEntry.encode(evidence.findings())));
        }
        evidence.note().ifPresent(note -> context.publishReportEntry(Map.of(EvidenceEntry.NOTE, note)));
    }
}
