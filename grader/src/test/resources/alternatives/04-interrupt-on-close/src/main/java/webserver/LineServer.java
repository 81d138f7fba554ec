package webserver;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * The front desk, serving every client at once, each conversation on a virtual thread of its own.
 *
 * <p>Closing works by interruption instead of by keeping track of sockets. The executor knows every
 * conversation thread it started, and {@code shutdownNow()} interrupts them all. A virtual thread that
 * is interrupted while it waits in a socket read has that socket closed under it and wakes up with a
 * {@code SocketException}; one that waits for the archive gets an {@code InterruptedException}. Either
 * way the conversation ends and its socket is closed.
 */
public final class LineServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Archive archive;
    /** Starts a new virtual thread per conversation; it is not a pool, and it lives as long as the server. */
    private final ExecutorService conversations = Executors.newVirtualThreadPerTaskExecutor();

    public LineServer(int port, Archive archive) throws IOException {
        this.listener = new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        this.archive = archive;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /**
     * Accepts clients until {@link #close()} is called, then returns once every conversation has ended:
     * closing the executor waits for its threads.
     */
    public void serve() throws IOException {
        try (conversations) {
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
                try {
                    conversations.execute(() -> converse(client));
                } catch (RejectedExecutionException e) {
                    // close() shut the executor down between accept() and here: nobody will serve this client.
                    client.close();
                }
            }
        }
    }

    private void converse(Socket client) {
        try (client;
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                     StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(client.getOutputStream(),
                     StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Reply reply = Commands.answer(line, archive);
                out.write(reply.text());
                out.write('\n');
                out.flush();
                if (reply.lastWord()) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client hung up, or close() interrupted this thread in a read, which closed the socket.
        } catch (InterruptedException e) {
            // close() interrupted the wait for the archive: keep the flag up and end the conversation.
            Thread.currentThread().interrupt();
        }
    }

    /** Stops accepting, then interrupts every conversation, which ends it and closes its socket. */
    @Override
    public void close() throws IOException {
        listener.close();
        conversations.shutdownNow();
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
