package dev.overlap.workload;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One client of a line server on the loopback interface: it sends a line and reads one line back.
 * Every read gives up after the client's patience, so a server that never answers fails a check
 * instead of hanging it.
 */
public final class LineClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final Writer out;

    private LineClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    public static LineClient connect(int port, Duration patience) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), millis(patience));
            socket.setSoTimeout(millis(patience));
            return new LineClient(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends {@code line} and returns the server's one-line reply. */
    public String ask(String line) throws IOException {
        send(line);
        return receive();
    }

    /** Sends a line without waiting for a reply. */
    public void send(String line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }

    /** Sends bytes as they are, with no line end: half a command, for instance. */
    public void sendRaw(String text) throws IOException {
        out.write(text);
        out.flush();
    }

    public String receive() throws IOException {
        String reply = in.readLine();
        if (reply == null) {
            throw new EOFException("the server hung up without answering");
        }
        return reply;
    }

    /**
     * Whether the server ends this connection within {@code wait}: reading reaches the end of the
     * stream, or the connection is reset. Lines still on their way are read and dropped.
     */
    public boolean hungUpWithin(Duration wait) {
        try {
            socket.setSoTimeout(millis(wait));
            while (in.readLine() != null) {
                // A late reply, not the end yet.
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a socket that is already broken has nothing left to release.
        }
    }

    private static int millis(Duration duration) {
        return (int) Math.max(1, duration.toMillis());
    }
}
