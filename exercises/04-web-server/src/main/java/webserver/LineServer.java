package webserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

/**
 * The front desk: a tiny text server on the loopback interface. Clients connect, type commands
 * (see {@link Commands}) and read one line back for each.
 *
 * <p>Its outer loop takes one client and talks with it until that client says QUIT or hangs up;
 * only then does it accept the next one. While one patron waits for a slow REPORT, or simply keeps
 * the line open, everybody else waits at the door.
 */
public final class LineServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Archive archive;

    /** Opens the server on {@code port} of the loopback interface; port 0 picks a free one. */
    public LineServer(int port, Archive archive) throws IOException {
        this.listener = new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        this.archive = archive;
    }

    /** The port the server listens on. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Accepts clients and answers them until {@link #close()} is called. */
    public void serve() throws IOException {
        while (true) {
            Socket client;
            try {
                client = listener.accept();
            } catch (SocketException e) {
                if (listener.isClosed()) {
                    return;
                }
                throw e;
            }
            // TODO(task 1): the next client is accepted only when this conversation is over.
            converse(client);
        }
    }

    /** Answers one client until it says QUIT or hangs up; the conversation itself is in {@link Conversation}. */
    private void converse(Socket client) {
        Conversation.hold(client, archive);
    }

    /** Stops accepting clients. */
    @Override
    public void close() throws IOException {
        // TODO(task 2): closing the listener stops new clients, but not the conversations under way.
        listener.close();
    }
}
