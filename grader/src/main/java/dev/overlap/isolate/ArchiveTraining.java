package dev.overlap.isolate;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.overlap.check.Inputs;
import dev.overlap.checks.training.TrainingChecks;
import java.util.List;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The training run behind a {@link StartupArchive}: does what a checks JVM does, the way {@link ForkedMain}
 * does it, on {@link TrainingChecks} instead of an exercise's checks, and then exits normally, which is
 * when the JVM writes the classes it loaded into the archive. No submission code runs here.
 */
final class ArchiveTraining {

    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        Inputs.seed(0);
        LauncherFactory.create().execute(CheckRequests.of(List.of(selectClass(TrainingChecks.class))),
                CheckListener.unheard());
        // Exit, not halt: the archive is written on the way out. Nothing else runs in this JVM.
        System.exit(0);
    }
}
