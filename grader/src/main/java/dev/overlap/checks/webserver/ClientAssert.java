package dev.overlap.checks.webserver;

import static dev.overlap.checks.webserver.Conversation.shown;

import dev.overlap.check.CheckAssert;
import dev.overlap.workload.LineClient;
import java.io.IOException;
import java.time.Duration;

/**
 * Assertions that talk with the server through one connected client, and judge what it replies: each asks, then fails
 * with a sentence for the learner, then the check's hint.
 */
final class ClientAssert extends CheckAssert<ClientAssert, LineClient> {

    private static final Duration HANG_UP = Duration.ofSeconds(2);

    private ClientAssert(LineClient client) {
        super(client, ClientAssert.class);
    }

    static ClientAssert assertThat(LineClient client) {
        return new ClientAssert(client);
    }

    /** Each of these lines, asked in turn, is answered ERROR and a reason. */
    ClientAssert repliesErrorTo(Iterable<String> badLines) throws IOException {
        for (String line : badLines) {
            String reply = actual.ask(line);
            if (!reply.startsWith("ERROR ")) {
                failWithMessage("To the bad line \"%s\" the server answered \"%s\"; expected ERROR and a reason.%s",
                        shown(line), shown(reply), hint());
            }
        }
        return this;
    }

    /** QUIT is answered BYE, and the server then hangs up. */
    ClientAssert saysByeAndHangsUp() throws IOException {
        String reply = actual.ask("QUIT");
        if (!reply.equals("BYE")) {
            failWithMessage("To QUIT the server answered \"%s\"; expected BYE.%s", shown(reply), hint());
        }
        if (!actual.hungUpWithin(HANG_UP)) {
            failWithMessage("After BYE the server kept the connection open for %d s; it should hang up.%s",
                    HANG_UP.toSeconds(), hint());
        }
        return this;
    }
}
