package dev.overlap.engine;

import dev.overlap.report.ExerciseReport;
import java.util.List;
import java.util.function.Consumer;

/** Hears how a grade run progresses, for a console that shows what is happening while it happens. */
public interface GradeListener {

    GradeListener SILENT = new GradeListener() { };

    /** A listener that only hears each exercise's report. */
    static GradeListener onFinished(Consumer<ExerciseReport> action) {
        return new GradeListener() {
            @Override
            public void exerciseFinished(ExerciseReport report) {
                action.accept(report);
            }
        };
    }

    /** Before any checks run: the exercises are compiled and read, {@code atOnce} at a time. */
    default void preparing(List<ExerciseSpec> exercises, int atOnce) {
    }

    default void exerciseStarted(ExerciseSpec exercise) {
    }

    default void checkStarted(ExerciseSpec exercise, CheckSpec check) {
    }

    default void exerciseFinished(ExerciseReport report) {
    }
}
