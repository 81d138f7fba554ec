package dev.overlap.isolate;

import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the kit's training sample a few times in memory, reading and writing no file, so that a compiler started
 * ahead of its grade compiles the exercise with its hot paths already compiled: a compiler that was only loaded
 * still took 0.32 to 0.43 s for 01's two files, most of it the compiler running interpreted.
 */
final class CompilerWarmUp {

    private static final int ROUNDS = 3;

    private CompilerWarmUp() {
    }

    static void run() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject sample = new SimpleJavaFileObject(URI.create("string:///training/Sample.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return CompilerTraining.SAMPLE;
            }
        };
        StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        JavaFileManager nowhere = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("nowhere:///" + className.replace('.', '/')
                        + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return OutputStream.nullOutputStream();
                    }
                };
            }
        };
        for (int round = 0; round < ROUNDS; round++) {
            compiler.getTask(Writer.nullWriter(), nowhere, null, List.of("--release", "21", "-proc:none"), null,
                    List.of(sample)).call();
        }
    }
}
