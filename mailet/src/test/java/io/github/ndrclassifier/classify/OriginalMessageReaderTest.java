package io.github.ndrclassifier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.mime.HeaderBlock;
import io.github.ndrclassifier.mime.HeaderField;
import io.github.ndrclassifier.report.OriginalMessage;

class OriginalMessageReaderTest {
    @Test
    void readsTheFirstOfEachFieldDecodedAndTheReceivedHosts() {
        OriginalMessage original = OriginalMessageReader.read(HeaderBlock.of(List.of(
                new HeaderField("Received", "from a by mx.example.org; Thu, 29 Apr 1999 23:34:45 +0900"),
                new HeaderField("subject", "  =?UTF-8?Q?caf=C3=A9?= menu "),
                new HeaderField("Subject", "second"),
                new HeaderField("FROM", "Sender <sender@example.org>"),
                new HeaderField("To", "   "),
                new HeaderField("Message-Id", "<1@example.org>"),
                new HeaderField("Received", "from b by relay.example.net; Thu, 29 Apr 1999 23:34:40 +0900"))));

        assertThat(original.subject()).contains("café menu");
        assertThat(original.from()).contains("Sender <sender@example.org>");
        assertThat(original.to()).isEmpty();
        assertThat(original.messageId()).contains("<1@example.org>");
        assertThat(original.date()).isEmpty();
        assertThat(original.receivedBy()).containsExactly("mx.example.org", "relay.example.net");
    }
}
