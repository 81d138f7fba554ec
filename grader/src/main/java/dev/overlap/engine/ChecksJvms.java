package dev.overlap.engine;

import dev.overlap.isolate.Compiler;
import dev.overlap.isolate.Fork;
import dev.overlap.isolate.ForkSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks JVMs a grader starts before their exercises' checks come: each as its exercise's preparation begins,
 * and, for the watch, each exercise's next one right after its grade. A JVM started so waits, the kit loaded and
 * none of the submission's classes, until its grade compiles the exercise into its folder and hands it the checks;
 * it still runs one grade's checks only, in the sandbox. The watch's next grade gets its compiler started so too,
 * in the sandbox, its sources folder empty until the save is copied there.
 *
 * <p>They are started by the thread that grades, never by the compilers' threads: bubblewrap ends its sandbox when
 * the thread that started it ends ({@code --die-with-parent}), and the grading thread lives until the checks ran.
 */
final class ChecksJvms {

    /**
     * How many exercises of a grade get their checks JVM started as they are prepared: a JVM waiting for its checks
     * holds about 50 MB, so a grade of many exercises (a corpus) starts the rest when their checks come.
     */
    private static final int AHEAD = 16;

    /** The command of an exercise's checks JVM whose classes and scratch folder are the ones given. */
    interface Specs {
        ForkSpec of(ExerciseSpec exercise, Path classes, Path scratch);
    }

    /** The compiler of an exercise, with its limit. */
    interface Compilers {
        Compiler of(ExerciseSpec exercise);
    }

    /**
     * A checks JVM started before its grade's checks, and for the watch's next grade the compiler too; the sources,
     * classes and scratch folder are in {@code place}.
     */
    record Started(Path place, Fork.Started jvm, Optional<Compiler.Started> compiler) {

        /** Ends the JVM and the compiler, used or not, and removes their folder. */
        void discard() {
            jvm.discard();
            compiler.ifPresent(Compiler.Started::discard);
            Grader.deleteQuietly(place);
        }
    }

    private final Specs specs;
    private final Compilers compilers;
    /** The JVMs started for each exercise's next grade (the watch's), by exercise id. */
    private final Map<String, Started> next = new ConcurrentHashMap<>();

    ChecksJvms(Specs specs, Compilers compilers) {
        this.specs = specs;
        this.compilers = compilers;
    }

    /**
     * A JVM for each exercise of a grade, in order: the one started for its next grade, else one started now in a
     * folder of the grade's {@code work} folder, for the first {@value #AHEAD}; none where it could not start (the
     * grade then starts one when the checks come, as it would have).
     */
    List<Optional<Started>> forGrade(List<ExerciseSpec> exercises, Path work) {
        List<Optional<Started>> started = new ArrayList<>();
        for (ExerciseSpec exercise : exercises) {
            started.add(Optional.ofNullable(next.remove(exercise.id())).or(() -> started.size() < AHEAD
                    ? startIn(exercise, () -> Files.createTempDirectory(work, exercise.id() + "-"), false)
                    : Optional.empty()));
        }
        return started;
    }

    /**
     * Starts the JVM and the compiler of the exercise's next grade in a folder of its own, while the learner edits,
     * the JVM warmed up (see {@link ForkSpec#warmsUp}).
     */
    void startNext(ExerciseSpec exercise) {
        startIn(exercise, () -> Files.createTempDirectory("overlap-next-" + exercise.id() + "-"), true)
                .flatMap(started -> Optional.ofNullable(next.put(exercise.id(), started)))
                .ifPresent(Started::discard);
    }

    /** Ends the JVMs started for next grades and not used. */
    void discardAll() {
        next.keySet().forEach(id -> Optional.ofNullable(next.remove(id)).ifPresent(Started::discard));
    }

    private interface Folder {
        Path make() throws IOException;
    }

    /**
     * Starts the JVM with the sources and classes folders made and empty (the sandbox shows each process the folders
     * there at its start); for the watch's {@code next} grade, a JVM that warms up and the compiler too.
     */
    private Optional<Started> startIn(ExerciseSpec exercise, Folder folder, boolean next) {
        try {
            Path place = folder.make();
            Path classes = Files.createDirectories(place.resolve("classes"));
            ForkSpec spec = specs.of(exercise, classes, place.resolve("scratch"));
            Fork.Started jvm = Fork.start(next ? spec.warmingUp() : spec);
            try {
                return Optional.of(new Started(place, jvm, next
                        ? Optional.of(compilers.of(exercise).start(place.resolve("sources"), classes, true))
                        : Optional.empty()));
            } catch (IOException e) {
                jvm.discard();
                throw e;
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
