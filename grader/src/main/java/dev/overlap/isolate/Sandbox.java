package dev.overlap.isolate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The operating system's boundary around every process that runs or reads submission code: the checks JVM and
 * the compiler. The rules that reject code before it runs list what they know; a sandbox does not need to
 * know what the code tries, since everything outside its {@link Confinement} is simply not there.
 */
public sealed interface Sandbox permits Bubblewrap, SandboxUser, Sandbox.None {

    /** {@code bubblewrap}, {@code user} or {@code none}, as reports show it. */
    String id();

    /** One line for the console and the report: what the boundary is. */
    String describe();

    /** The command that runs {@code command} inside the sandbox, confined to {@code confinement}. */
    List<String> wrap(List<String> command, Confinement confinement);

    /** Makes the confinement's folders usable by the sandboxed process before it starts (owners, modes). */
    default void prepare(Confinement confinement) throws IOException {
    }

    /** Gives the folder a sandboxed process wrote back to the grader, so that a later process cannot change it. */
    default void reclaim(Path written) throws IOException {
    }

    /** No sandbox: the process runs as the grader's own user and sees what it sees. */
    record None(String why) implements Sandbox {

        @Override
        public String id() {
            return "none";
        }

        @Override
        public String describe() {
            return "no operating-system sandbox (" + why + "): submission code runs as this user and can reach"
                    + " what this user can";
        }

        @Override
        public List<String> wrap(List<String> command, Confinement confinement) {
            return command;
        }
    }
}
