package dev.overlap.isolate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sandbox made with bubblewrap ({@code bwrap}): new user, PID, network, IPC and UTS namespaces, so the process
 * runs as an unprivileged user of its own, sees only its own processes and has only a loopback interface; a
 * file system made of read-only binds of the system's programs and libraries, the JDK, the kit and what the
 * {@link Confinement} lists, with only its writable folder writable; no capabilities, no new user namespaces,
 * a session of its own (no terminal to type into) and death with the grader.
 */
public record Bubblewrap(Path executable) implements Sandbox {

    /** The system's programs and libraries the JVM links against; symbolic links among them stay links. */
    private static final List<String> SYSTEM = List.of("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64");
    /** Files of /etc a JVM reads: names of the loopback host, users, the time zone. */
    private static final List<String> ETC = List.of("/etc/hosts", "/etc/nsswitch.conf", "/etc/passwd",
            "/etc/group", "/etc/localtime");
    private static final String TMP_BYTES = Long.toString(16L * 1024 * 1024);
    /** The overflow user and group: owns nothing outside. */
    private static final String NOBODY = "65534";

    @Override
    public String id() {
        return "bubblewrap";
    }

    @Override
    public String describe() {
        return "bubblewrap: a read-only view of the JDK, the kit and the exercise's classes, one writable scratch"
                + " folder, loopback only, its own processes only, an unprivileged user";
    }

    @Override
    public List<String> wrap(List<String> command, Confinement confinement) {
        List<String> args = new ArrayList<>(List.of(executable.toString(),
                "--unshare-all", "--unshare-user", "--disable-userns", "--uid", NOBODY, "--gid", NOBODY,
                "--cap-drop", "ALL", "--die-with-parent", "--new-session"));
        for (String entry : SYSTEM) {
            Path path = Path.of(entry);
            if (Files.isSymbolicLink(path)) {
                args.addAll(List.of("--symlink", readLink(path), entry));
            } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                args.addAll(List.of("--ro-bind", entry, entry));
            }
        }
        for (String file : ETC) {
            args.addAll(List.of("--ro-bind-try", file, file));
        }
        // A small /tmp of its own, where the JVM keeps what tools attach through (the thread dump at the limit).
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--size", TMP_BYTES, "--tmpfs", "/tmp"));
        // A class path may name a folder that does not exist (a module without classes): nothing to bind then.
        for (Path readable : confinement.readable().stream().map(Bubblewrap::bound).distinct().toList()) {
            args.addAll(List.of("--ro-bind-try", readable.toString(), readable.toString()));
        }
        // The folders made to hold those binds are in bubblewrap's own root; it becomes read-only too.
        args.addAll(List.of("--remount-ro", "/", "--bind", confinement.writable().toString(),
                confinement.writable().toString(), "--chdir", confinement.writable().toString(), "--"));
        args.addAll(command);
        return List.copyOf(args);
    }

    /**
     * A JAR of the sealed kit is bound with its whole folder, read-only, so that nothing can be planted beside it
     * even in the sandbox's own view (a log handler's lock file, a JAR a class path wildcard would pick up). The
     * folders made to hold other binds may lie in the sandbox's private {@code /tmp}, which it may write.
     */
    private static Path bound(Path readable) {
        Path folder = readable.getParent();
        return folder != null && Files.isRegularFile(folder.resolve(Kit.SEAL)) ? folder : readable;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
