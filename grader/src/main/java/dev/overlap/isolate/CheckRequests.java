package dev.overlap.isolate;

import dev.overlap.check.CheckOrder;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * What a checks JVM asks JUnit to run: the selected checks, with the kit's own extensions only (none found on the
 * class path, where a submission could have put one) and in the order of {@link CheckOrder}.
 */
final class CheckRequests {

    private CheckRequests() {
    }

    static LauncherDiscoveryRequest of(List<? extends DiscoverySelector> selectors) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .configurationParameter("junit.jupiter.testmethod.order.default", CheckOrder.class.getName())
                .build();
    }
}
