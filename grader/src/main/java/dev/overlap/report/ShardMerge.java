package dev.overlap.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes one class's reports out of the output folders of its shards ({@code -Dshard=K/N} runs, each folder holding
 * a gradebook and a report folder per learner), exactly as one batch of the whole class would have written them.
 * The gradebook is built again from each learner's {@code grade.json}, through the same {@link Gradebook} a batch
 * fills, so whatever a gradebook learns to show merges the same way; the learners' report folders are copied as
 * their shard wrote them. Everything is checked before anything is written.
 */
public final class ShardMerge {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ShardMerge() {
    }

    /** Writes the merged reports into {@code out} and returns the merged gradebook. */
    public static Gradebook merge(List<Path> shards, Path out) throws IOException, CannotMergeException {
        if (shards.isEmpty()) {
            throw new CannotMergeException("there is no shard folder to merge: pass them as"
                    + " -Dgrade.merge=DIR1,DIR2,...");
        }
        List<String> exercises = null;
        Map<String, Path> shardOf = new LinkedHashMap<>();
        List<Graded> learners = new ArrayList<>();
        for (Path shard : shards) {
            SavedGradebook saved = gradebookOf(shard, out);
            if (exercises == null) {
                exercises = saved.exercises();
            } else if (!exercises.equals(saved.exercises())) {
                throw new CannotMergeException(shards.getFirst() + " graded " + exercises + " but " + shard
                        + " graded " + saved.exercises() + ": shards of one class grade the same exercises");
            }
            for (SavedLearner learner : saved.learners()) {
                Path earlier = shardOf.putIfAbsent(learner.learner(), shard);
                if (earlier != null) {
                    throw new CannotMergeException(learner.learner() + " is in both " + earlier + " and " + shard
                            + ": each learner belongs to one shard (were the shards cut with different -Dshard=K/N"
                            + " counts, or one shard's folder passed twice?)");
                }
                learners.add(graded(shard, learner));
            }
        }
        Gradebook.clearEarlierReports(out);
        Gradebook gradebook = new Gradebook(exercises);
        for (Graded learner : learners) {
            if (learner.report() == null) {
                gradebook.notGraded(learner.name(), learner.note());
            } else {
                copyReports(learner.shard().resolve(learner.name()), out.resolve(learner.name()));
                gradebook.add(learner.name(), learner.report());
            }
        }
        gradebook.write(out);
        return gradebook;
    }

    private static SavedGradebook gradebookOf(Path shard, Path out) throws IOException, CannotMergeException {
        Path file = shard.resolve(Gradebook.JSON_FILE);
        if (!Files.isRegularFile(file)) {
            throw new CannotMergeException(shard.toAbsolutePath() + " has no " + Gradebook.JSON_FILE + ": it is not"
                    + " the output of a batch (-Dsubmissions=DIR), or its batch did not finish");
        }
        if (Files.exists(out) && Files.isSameFile(shard, out)) {
            throw new CannotMergeException(shard.toAbsolutePath() + " is where the merge writes, and writing would"
                    + " clear it first: copy the shards elsewhere");
        }
        try {
            return JSON.readValue(file.toFile(), SavedGradebook.class);
        } catch (IOException e) {
            throw new CannotMergeException(file.toAbsolutePath() + " cannot be read: " + e.getMessage());
        }
    }

    private static Graded graded(Path shard, SavedLearner learner) throws CannotMergeException {
        Path base = shard.toAbsolutePath().normalize();
        Path folder = learner.learner() == null ? base : base.resolve(learner.learner()).normalize();
        if (!base.equals(folder.getParent())) {
            throw new CannotMergeException("\"" + learner.learner() + "\" in " + shard.resolve(Gradebook.JSON_FILE)
                    + " is not a learner's folder name");
        }
        if (learner.maxScore() == null) {
            return new Graded(learner.learner(), shard, null, learner.note());
        }
        Path file = folder.resolve(JsonReport.FILE_NAME);
        try {
            return new Graded(learner.learner(), shard, JsonReport.read(file), learner.note());
        } catch (IOException e) {
            throw new CannotMergeException(shard.resolve(Gradebook.JSON_FILE) + " lists " + learner.learner()
                    + " as graded, but " + file + " cannot be read (" + e.getMessage() + "): was the shard's"
                    + " folder copied only in part?");
        }
    }

    private static void copyReports(Path from, Path to) throws IOException {
        for (String name : Reports.WRITTEN) {
            Path report = from.resolve(name);
            if (!Files.exists(report)) {
                continue;
            }
            try (Stream<Path> tree = Files.walk(report)) {
                tree.forEach(file -> {
                    try {
                        Path copy = to.resolve(from.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.createDirectories(copy.getParent());
                            Files.copy(file, copy);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /** Why shards cannot be merged, in a sentence for the console. */
    public static final class CannotMergeException extends Exception {
        private static final long serialVersionUID = 1L;

        CannotMergeException(String reason) {
            super(reason);
        }
    }

    /** One learner of a shard: its report, or none and the note that says why it was not graded. */
    private record Graded(String name, Path shard, GradeReport report, String note) {
    }

    /** What merging needs of a shard's {@code gradebook.json}; whatever else it holds is rebuilt. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SavedGradebook(List<String> exercises, List<SavedLearner> learners) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SavedLearner(String learner, @JsonProperty("max_score") Integer maxScore, String note) {
    }
}
