import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * Run inside a sandbox by SandboxTest, with the JDK's source launcher: tries what a hostile submission would
 * and prints one line per attempt, "name: what happened". Arguments: a kit JAR, a folder outside the sandbox
 * (the home folder), its scratch folder, and an address that is not loopback.
 */
public class Probe {
    public static void main(String[] args) {
        Path jar = Path.of(args[0]);
        attempt("kit-read", () -> Files.size(jar) + " bytes");
        attempt("kit-write", () -> {
            Files.write(jar, new byte[] {0}, StandardOpenOption.APPEND);
            return "WROTE";
        });
        attempt("kit-folder-write", () -> {
            Files.createFile(jar.resolveSibling("planted.jar"));
            return "WROTE";
        });
        attempt("home-list", () -> {
            try (var files = Files.list(Path.of(args[1]))) {
                return "SAW " + files.count() + " entries";
            }
        });
        attempt("scratch-write", () -> {
            Files.writeString(Path.of(args[2], "note.txt"), "ok");
            return "ok";
        });
        attempt("interfaces", () -> Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .map(NetworkInterface::getName).sorted().collect(Collectors.joining(",")));
        attempt("connect-out", () -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(args[3], 80), 2000);
                return "CONNECTED";
            }
        });
        attempt("processes", () -> ProcessHandle.allProcesses().count() + " visible");
    }

    interface Attempt {
        String run() throws IOException;
    }

    private static void attempt(String name, Attempt attempt) {
        String result;
        try {
            result = attempt.run();
        } catch (IOException | RuntimeException e) {
            result = "refused: " + e.getClass().getSimpleName() + " " + e.getMessage();
        }
        System.out.println(name + ": " + result);
    }
}
