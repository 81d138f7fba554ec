package webserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The front desk, serving every client at once: the outer loop only accepts, and each conversation
 * runs on a virtual thread of its own.
 *
 * <p>A virtual thread that waits for a client's next line, or for the archive, costs a few hundred
 * bytes and no operating-system thread, so a thousand idle clients cost almost nothing. A platform
 * thread per client would cost a megabyte of stack each, and a pool of them would make the
 * thousand-and-first client wait at the door again.
 */
public final class LineServer implements AutoCloseable {

    private final ServerSocket listener;
    private final Archive archive;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    public LineServer(int port, Archive archive) throws IOException {
        this.listener = new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
        this.archive = archive;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /**
     * Accepts clients until {@link #close()} is called, then returns once every conversation has
     * ended: closing the executor waits for its threads, so none outlives the server.
     */
    public void serve() throws IOException {
        try (ExecutorService conversations = Executors.newVirtualThreadPerTaskExecutor()) {
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
                open.add(client);
                // close() may have swept the open sockets just before this one was added.
                if (closing) {
                    client.close();
                }
                conversations.submit(() -> converse(client));
            }
        }
    }

    /** Holds one conversation, then forgets its socket: close() has nothing left to close there. */
    private void converse(Socket client) {
        try {
            Conversation.hold(client, archive);
        } finally {
            open.remove(client);
        }
    }

    /**
     * Stops accepting, then closes every open connection: a virtual thread blocked reading from a
     * socket wakes up with an exception when the socket is closed, so each conversation ends.
     */
    @Override
    public void close() throws IOException {
        closing = true;
        listener.close();
        for (Socket client : open) {
            client.close();
        }
    }
}
