package dev.overlap.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The checks JVM's output is split into framed messages and capped stray output")
class MessageLinesTest {

    private static final String NONCE = "0123456789abcdef0123456789abcdef";

    private final List<ForkMessage> messages = new ArrayList<>();
    private final CappedOutput stray = new CappedOutput(1024);

    @Test
    @DisplayName("takes lines framed by the nonce as messages and everything else as output")
    void separatesMessagesFromOutput() throws IOException {
        read(NONCE + " {\"event\":\"started\",\"check\":\"a\"}\n"
                + "hello\n"
                + "ffffffffffffffffffffffffffffffff {\"event\":\"done\",\"output\":\"\"}\n"
                + NONCE + " {\"event\":\"done\",\"output\":\"\"}");

        assertThat(messages).extracting(ForkMessage::event).containsExactly("started", "done");
        assertThat(stray.text())
                .isEqualTo("hello\nffffffffffffffffffffffffffffffff {\"event\":\"done\",\"output\":\"\"}\n");
    }

    @Test
    @DisplayName("drops framed lines that are not well-formed messages, so a check without a result scores zero")
    void dropsMalformedMessages() throws IOException {
        read(NONCE + " {\"event\":\"finished\",\"check\":\"a\"}\n" + NONCE + " not json\n" + NONCE + "\n");

        assertThat(messages).isEmpty();
        assertThat(stray.text()).contains("could not be read and was dropped").contains(NONCE);
    }

    @Test
    @DisplayName("streams a huge line without a newline into the capped output instead of holding it")
    void keepsAHugeLineOutOfMemory() throws IOException {
        InputStream flood = new InputStream() {
            private long left = 8L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        new MessageLines(NONCE, messages::add, stray).read(new SequenceInputStream(flood,
                new ByteArrayInputStream(("\n" + NONCE + " {\"event\":\"done\"}\n").getBytes(StandardCharsets.UTF_8))));

        assertThat(messages).extracting(ForkMessage::event).containsExactly("done");
        assertThat(stray.truncated()).isTrue();
        assertThat(stray.text()).endsWith("more bytes were written than the 1024 kept]");
    }

    private void read(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        new MessageLines(NONCE, messages::add, stray).read(new ByteArrayInputStream(bytes));
    }
}
