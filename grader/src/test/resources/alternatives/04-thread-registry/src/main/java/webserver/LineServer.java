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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The front desk, serving every client at once on a virtual thread started by hand for each.
 *
 * <p>The server keeps a map from every open connection to the thread that converses on it. Closing the
 * server closes the listener and every socket in the map: a virtual thread blocked reading a closed
 * socket wakes up with an exception, so its conversation ends. {@code serve()} then joins whatever
 * conversation threads are left, so none outlives it.
 */
public final class LineServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Archive archive;
    private final Map<Socket, Thread> conversations = new ConcurrentHashMap<>();
    private volatile boolean closing;

    public LineServer(int port, Archive archive) throws IOException {
        this.listener = new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        this.archive = archive;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Accepts clients until {@link #close()} is called, then waits for the conversations still under way. */
    public void serve() throws IOException {
        while (true) {
            Socket client;
            try {
                client = listener.accept();
            } catch (SocketException e) {
                if (listener.isClosed()) {
                    awaitConversations();
                    return;
                }
                throw e;
            }
            // Registered before it starts, so close() finds every conversation that can still read.
            Thread conversation = Thread.ofVirtual().name("client " + client.getPort())
                    .unstarted(() -> converse(client));
            conversations.put(client, conversation);
            if (closing) {
                // close() may have swept the map just before this client was put in it.
                client.close();
            }
            conversation.start();
        }
    }

    private void awaitConversations() throws IOException {
        try {
            for (Thread conversation : List.copyOf(conversations.values())) {
                conversation.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SocketException("interrupted while the conversations were ending");
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
            // The client hung up, or close() closed the socket under a waiting read: nobody is left to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            conversations.remove(client);
        }
    }

    /** Stops accepting, then hangs up on every open connection, which ends its conversation. */
    @Override
    public void close() throws IOException {
        closing = true;
        listener.close();
        for (Socket client : conversations.keySet()) {
            client.close();
        }
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
