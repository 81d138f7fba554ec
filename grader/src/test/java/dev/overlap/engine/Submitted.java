package dev.overlap.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A case of a corpus as a submission: its name (the folder it is graded under), its own files (a {@code change.diff}
 * of the files it changes in the kit folder it starts from, and whole the files it adds), the exercise it submits,
 * and the kit folder it starts from or links to.
 */
interface Submitted {

    String name();

    Path folder();

    String exercise();

    Optional<String> startsFrom();

    Optional<String> linkTo();

    /** The spec to grade this case with: the exercise it submits, under the case's name. */
    ExerciseSpec spec(ExerciseSpec exercise);
}
