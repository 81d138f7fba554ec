package dev.overlap.engine;

import dev.overlap.report.ExerciseReport;

/** Hears how a grade run progresses, for a console that shows what is happening while it happens. */
public interface GradeListener {

    GradeListener SILENT = new GradeListener() { };

    default void exerciseStarted(ExerciseSpec exercise) {
    }

    default void exerciseFinished(ExerciseReport report) {
    }
}
