package webserver;

import java.io.IOException;

/**
 * Run this from your IDE: it opens the front desk on port 7070 with a pretend archive that takes 3 s per report;
 * try it with {@code nc localhost 7070}.
 */
public final class FrontDesk {

    private FrontDesk() {
    }

    public static void main(String[] args) throws IOException {
        Archive archive = topic -> {
            Thread.sleep(3_000);
            return "everything the archive knows about " + topic;
        };
        try (LineServer server = new LineServer(7070, archive)) {
            System.out.println("Front desk open on port " + server.port() + "; try: nc localhost " + server.port());
            server.serve();
        }
    }
}
