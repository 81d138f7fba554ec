package dev.overlap.isolate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind the compilers' {@link StartupArchive}: compiles a few classes of the kit's own, written
 * here, the way {@link CompilerMain} compiles an exercise, so that the archive holds the compiler's classes
 * ready-made. No submission code is read here.
 */
final class CompilerTraining {

    static final String SAMPLE = """
            package training;

            import java.util.List;
            import java.util.concurrent.Callable;
            import java.util.concurrent.Executors;
            import java.util.stream.IntStream;

            /** Virtual threads, a parallel stream, records and lambdas: what exercises are made of. */
            public final class Sample {
                record Result(String name, long value) { }

                public static List<Result> run(List<Callable<Long>> tasks) throws Exception {
                    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                        var futures = tasks.stream().map(executor::submit).toList();
                        var results = new java.util.ArrayList<Result>();
                        for (var future : futures) {
                            results.add(new Result("task", future.get()));
                        }
                        return results;
                    }
                }

                public static long sum(int n) {
                    return IntStream.rangeClosed(1, n).parallel().mapToLong(i -> (long) i * i).sum();
                }
            }
            """;

    private CompilerTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("overlap-compiler-training-");
        try {
            Path source = work.resolve("sources/training/Sample.java");
            Files.createDirectories(source.getParent());
            Files.writeString(source, SAMPLE);
            Compilation.compileHere(work.resolve("sources"), work.resolve("classes"));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        // Exit, not halt: the archive is written on the way out.
        System.exit(0);
    }
}
