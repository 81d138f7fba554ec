package dev.overlap.isolate;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The compiler's own process: once its standard input ends, compiles the sources of its first argument into the
 * folder of its second and says how it went on standard output: nothing and status 0 when the code compiled, the
 * errors to show the learner and status 1 when it did not. Its third says whether to warm up first (a compiler
 * started ahead of its grade).
 */
public final class CompilerMain {

    static final int DOES_NOT_COMPILE = 1;

    private CompilerMain() {
    }

    public static void main(String[] args) throws Exception {
        // Before the go: a compiler the watch started ahead is warm when the sources are saved.
        if (Boolean.parseBoolean(args[2])) {
            CompilerWarmUp.run();
        }
        // The go is the end of standard input; nothing is read from it.
        System.in.transferTo(OutputStream.nullOutputStream());
        Compilation.Result result = Compilation.compileHere(Path.of(args[0]), Path.of(args[1]));
        if (result instanceof Compilation.Result.Failed failed) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(failed.errors());
            out.flush();
            System.exit(DOES_NOT_COMPILE);
        }
    }
}
