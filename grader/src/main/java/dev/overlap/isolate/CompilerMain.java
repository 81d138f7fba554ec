package dev.overlap.isolate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The compiler's own process: compiles the sources of its first argument into the folder of its second and
 * says how it went on standard output: nothing and status 0 when the code compiled, the errors to show the
 * learner and status 1 when it did not.
 */
public final class CompilerMain {

    static final int DOES_NOT_COMPILE = 1;

    private CompilerMain() {
    }

    public static void main(String[] args) throws Exception {
        Compilation.Result result = Compilation.compileHere(Path.of(args[0]), Path.of(args[1]));
        if (result instanceof Compilation.Result.Failed failed) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(failed.errors());
            out.flush();
            System.exit(DOES_NOT_COMPILE);
        }
    }
}
