package webserver;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One client's conversation with the front desk: read a line, answer it (see {@link Commands}), until the client
 * says QUIT or hangs up. It is the same whether the desk talks with one client at a time or with a thousand at once,
 * so it lives apart from {@link LineServer}, whose tasks change only when conversations start and how they end.
 */
final class Conversation {

    private Conversation() {
    }

    /**
     * Answers {@code client}, line by line, until it says QUIT or hangs up, then closes its socket. It returns early,
     * too, when the socket is closed under a waiting read, or when its thread is interrupted while the archive works.
     */
    static void hold(Socket client, Archive archive) {
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
            // The connection is gone, hung up by the client or closed under the read: nobody is left to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
