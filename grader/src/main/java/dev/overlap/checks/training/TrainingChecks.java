package dev.overlap.checks.training;

import static dev.overlap.measure.OverlapAssertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.overlap.check.Check;
import dev.overlap.check.Kind;
import dev.overlap.measure.Recorder;
import dev.overlap.measure.Run;
import dev.overlap.measure.Trial;
import dev.overlap.rules.FutureRules;
import dev.overlap.rules.PoolRules;
import dev.overlap.rules.ThreadRules;
import dev.overlap.workload.CourseKernel;
import dev.overlap.workload.WaitingReferences;
import dev.overlap.workload.WaitingTask;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;

/**
 * What checks typically do, in a few milliseconds each, for {@code dev.overlap.isolate.ArchiveTraining}: recorded
 * waits on virtual threads, a trial against a baseline, AssertJ and the kit's assertions, Awaitility, ArchUnit
 * rules on imported classes, a CPU kernel. Its results do not matter; the classes it loads do. It has no
 * {@code @Exercise}, so the catalog never takes it for an exercise.
 */
@DisplayName("what checks do, for the startup archive")
public class TrainingChecks {

    @Check(task = 1, kind = Kind.CORRECTNESS, points = 1)
    @DisplayName("waits overlap on virtual threads")
    void waits() {
        Run<List<String>> run = Run.of(recorder -> () -> WaitingReferences.allAtOnce(tasks(recorder)));
        assertThat(run).completed().peakInFlight(2).onVirtualThreads();
        Awaitility.await("the recorder").atMost(Duration.ofSeconds(1)).until(() -> run.calls().size() == 2);
    }

    @Check(task = 1, kind = Kind.SPEEDUP, points = 1)
    @DisplayName("a trial against the baseline")
    void trial() {
        Trial<List<Callable<String>>> trial = Trial.of(TrainingChecks::tasks)
                .baseline(WaitingReferences::oneAfterAnother)
                .submission(WaitingReferences::allAtOnce)
                .checkedBy((tasks, run) -> assertThat(run).completed().ranEachCallOnce(List.of("a", "b")))
                .warmups(0)
                .rounds(1);
        trial.measure();
    }

    @Check(task = 1, kind = Kind.STRUCTURE, points = 1)
    @DisplayName("rules on imported classes")
    void rules() {
        JavaClasses classes = new ClassFileImporter().importPackages("dev.overlap.workload");
        ThreadRules.NO_CODE_CREATES_A_THREAD_POOL.evaluate(classes);
        PoolRules.VIRTUAL_THREADS_ARE_NEVER_POOLED.evaluate(classes);
        FutureRules.ASYNC_STAGES_NAME_THEIR_EXECUTOR.evaluate(classes);
        CourseKernel.mix(1, 1_000);
    }

    private static List<Callable<String>> tasks(Recorder recorder) {
        return List.of(new WaitingTask(recorder, "a", Duration.ofMillis(2), "a"),
                new WaitingTask(recorder, "b", Duration.ofMillis(1), "b"));
    }
}
