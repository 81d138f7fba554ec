package dev.overlap.isolate;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Which sandbox a grade run asks for ({@code --sandbox}, {@code -Dgrade.sandbox}): {@code auto} takes the strongest
 * this machine offers, bubblewrap, then an unprivileged user, then none; {@code required} takes the same but refuses
 * to grade without one; {@code bubblewrap}, {@code user} and {@code none} ask for exactly that.
 */
public enum SandboxPolicy {
    AUTO, REQUIRED, BUBBLEWRAP, USER, NONE;

    /** The user the {@code user} sandbox runs as, made by the Gradescope bundle's setup.sh. */
    public static final String USER_NAME = "overlap-sandbox";

    private static final long PROBE_SECONDS = 10;

    public static SandboxPolicy of(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("There is no sandbox \"" + value + "\". Choose auto, required,"
                    + " bubblewrap, user or none.", e);
        }
    }

    /** The sandbox this policy gets on this machine, or why it cannot have one. */
    public Sandbox choose() throws UnavailableSandboxException {
        List<String> missing = new ArrayList<>();
        if (this != USER && this != NONE) {
            Optional<Sandbox> bubblewrap = bubblewrap(missing);
            if (bubblewrap.isPresent()) {
                return bubblewrap.get();
            }
            if (this == BUBBLEWRAP) {
                throw new UnavailableSandboxException(missing);
            }
        }
        if (this != NONE) {
            Optional<Sandbox> user = user(missing);
            if (user.isPresent()) {
                return user.get();
            }
            if (this != AUTO) {
                throw new UnavailableSandboxException(missing);
            }
        }
        return new Sandbox.None(this == NONE ? "asked for with --sandbox=none" : String.join("; ", missing));
    }

    /** No sandbox the policy accepts is available; the reasons say what each one lacked. */
    public static final class UnavailableSandboxException extends Exception {
        private static final long serialVersionUID = 1L;

        UnavailableSandboxException(List<String> reasons) {
            super("No operating-system sandbox is available here, and this run requires one: "
                    + String.join("; ", reasons) + ". On Linux, install bubblewrap (apt-get install bubblewrap) and"
                    + " allow unprivileged user namespaces, or run the grader as root with the user "
                    + USER_NAME + " (the Gradescope bundle's setup.sh makes it); or grade with --sandbox=auto"
                    + " (-Dgrade.sandbox=auto) to accept grading without one.");
        }
    }

    private static Optional<Sandbox> bubblewrap(List<String> missing) {
        Optional<Path> bwrap = onPath("bwrap");
        if (bwrap.isEmpty()) {
            missing.add("bubblewrap is not installed (no bwrap on the PATH)");
            return Optional.empty();
        }
        Bubblewrap sandbox = new Bubblewrap(bwrap.get());
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("overlap-sandbox-probe-");
            Optional<Path> ok = onPath("true");
            List<String> command = sandbox.wrap(List.of(ok.map(Path::toString).orElse("/usr/bin/true")),
                    new Confinement(List.of(), scratch));
            Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!probe.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) || probe.exitValue() != 0) {
                probe.destroyForcibly();
                missing.add("bubblewrap cannot make its namespaces here (" + (said.isEmpty() ? "no reason given"
                        : said.lines().findFirst().orElse(said)) + ")");
                return Optional.empty();
            }
            return Optional.of(sandbox);
        } catch (IOException e) {
            missing.add("bubblewrap could not be tried: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            missing.add("trying bubblewrap was interrupted");
            return Optional.empty();
        } finally {
            if (scratch != null) {
                scratch.toFile().delete();
            }
        }
    }

    private static Optional<Sandbox> user(List<String> missing) {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            if (!Integer.valueOf(0).equals(uid)) {
                missing.add("the user sandbox needs the grader to run as root, and it runs as uid " + uid);
                return Optional.empty();
            }
        } catch (IOException | UnsupportedOperationException e) {
            missing.add("the user sandbox needs Linux (no /proc/self here)");
            return Optional.empty();
        }
        Optional<Path> setpriv = onPath("setpriv");
        if (setpriv.isEmpty()) {
            missing.add("setpriv (util-linux) is not installed");
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8)) {
                String[] fields = line.split(":");
                if (fields.length > 3 && fields[0].equals(USER_NAME)) {
                    return Optional.of(new SandboxUser(setpriv.get(), USER_NAME, Integer.parseInt(fields[2]),
                            Integer.parseInt(fields[3])));
                }
            }
        } catch (IOException | NumberFormatException e) {
            missing.add("the users could not be read: " + e.getMessage());
            return Optional.empty();
        }
        missing.add("there is no user " + USER_NAME + " to run submission code as");
        return Optional.empty();
    }

    private static Optional<Path> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable).findFirst();
    }
}
