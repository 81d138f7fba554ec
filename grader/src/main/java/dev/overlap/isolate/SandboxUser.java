package dev.overlap.isolate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fallback where bubblewrap cannot make namespaces (a container that forbids them, as Gradescope's): a grader
 * running as root starts the process as an unprivileged user of its own ({@code setpriv}, with no capabilities
 * and no way to regain privileges). The kit, the JDK and the submission stay owned by root, so that user can read
 * them but write nothing but its scratch folder. Unlike bubblewrap, it sees the file system as any user does, and
 * the network is not confined.
 */
public record SandboxUser(Path setpriv, String name, int uid, int gid) implements Sandbox {

    @Override
    public String id() {
        return "user";
    }

    @Override
    public String describe() {
        return "user " + name + " (uid " + uid + "): the kit and the submission are read-only to it, only its scratch"
                + " folder is writable; the network is not confined";
    }

    @Override
    public List<String> wrap(List<String> command, Confinement confinement) {
        List<String> args = new ArrayList<>(List.of(setpriv.toString(), "--reuid=" + uid, "--regid=" + gid,
                "--clear-groups", "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all", "--"));
        args.addAll(command);
        return List.copyOf(args);
    }

    /** The user must pass through the grader's folders to what it reads, and own the folder it writes. */
    @Override
    public void prepare(Confinement confinement) throws IOException {
        for (Path readable : confinement.readable()) {
            openToOthers(readable);
        }
        openToOthers(confinement.writable().getParent());
        Files.createDirectories(confinement.writable());
        try (Stream<Path> files = Files.walk(confinement.writable())) {
            for (Path file : files.toList()) {
                Files.setAttribute(file, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(file, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** What the user wrote becomes root's again: readable to the user, no longer writable. */
    @Override
    public void reclaim(Path written) throws IOException {
        try (Stream<Path> files = Files.walk(written)) {
            for (Path file : files.toList()) {
                Files.setAttribute(file, "unix:uid", 0, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(file, "unix:gid", 0, LinkOption.NOFOLLOW_LINKS);
                if (!Files.isSymbolicLink(file)) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                            Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /**
     * Lets others read {@code path} (and what is under it, if it is one of the grader's own temporary folders)
     * and pass through the folders above it, as a temporary folder made only for root would not.
     */
    private static void openToOthers(Path path) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        for (Path folder = path; folder != null && folder.startsWith(tmp) && !folder.equals(tmp);
                folder = folder.getParent()) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
