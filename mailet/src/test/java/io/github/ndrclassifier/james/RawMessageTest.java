package io.github.ndrclassifier.james;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.server.core.MimeMessageInputStreamSource;
import org.apache.james.server.core.MimeMessageWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.BounceClassifier;

class RawMessageTest {
    private static final byte[] DSN = TestMails.bytes("dsn-userunknown.eml");

    private static byte[] read(MimeMessage message) throws Exception {
        try (InputStream in = RawMessage.open(message)) {
            return in.readAllBytes();
        }
    }

    private final List<MimeMessageWrapper> stored = new ArrayList<>();

    @AfterEach
    void release() {
        stored.forEach(LifecycleUtil::dispose);
    }

    private MimeMessageWrapper stored(byte[] bytes) throws Exception {
        MimeMessageWrapper message = new MimeMessageWrapper(
                MimeMessageInputStreamSource.create("test", new ByteArrayInputStream(bytes)));
        stored.add(message);
        return message;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aStoredMessageIsStreamedFromItsSourceAsReceived() throws Exception {
        MimeMessageWrapper message = stored(DSN);

        assertThat(read(message)).isEqualTo(DSN);
    }

    @Test
    void aStoredMessageWhoseHeaderChangedGivesTheNewHeaderAndTheStoredBody() throws Exception {
        byte[] forged = ("X-NDR-Kind: none\n" + text(DSN)).getBytes(StandardCharsets.ISO_8859_1);
        MimeMessageWrapper message = stored(forged);
        message.removeHeader("X-NDR-Kind");

        byte[] raw = read(message);

        assertThat(text(raw)).doesNotContain("X-NDR-Kind").endsWith(text(DSN).substring(text(DSN).indexOf("\n\n") + 2));
        assertThat(message.isBodyModified()).isFalse();
    }

    @Test
    void aParsedMessageGivesItsHeaderAndItsUndecodedBody() throws Exception {
        MimeMessage message = TestMails.message(DSN);

        assertThat(read(message)).isEqualTo(TestMails.written(message));
    }

    @Test
    void eightBitHeaderBytesAreRestored() throws Exception {
        byte[] latin1 = "Subject: Caf\u00e9 ferm\u00e9\r\n\r\nbody\r\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(read(TestMails.message(latin1))).isEqualTo(latin1);
    }

    @Test
    void aMessageBuiltInMemoryIsWritten() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("built");
        message.setText("no stored bytes yet");

        assertThat(text(read(message))).contains("Subject: built").endsWith("no stored bytes yet");
    }

    @Test
    void theClassifierReadsTheSameFromTheStreamAsFromTheBytes() throws Exception {
        BounceClassifier classifier = BounceClassifier.builder().build();

        try (InputStream in = RawMessage.open(stored(DSN))) {
            assertThat(classifier.classify(in)).isEqualTo(classifier.classify(DSN));
        }
    }
}
