package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MessageScannerPreambleTest {
    @Test
    void aMultipartWithoutItsBoundaryIsReadAsText() throws MessageParseException {
        String raw = """
                From: MAILER-DAEMON@example.net
                Subject: Delivery Notification: Delivery has failed
                Content-type: multipart/report; BOUNDARY="never-used"; report-type=delivery-status

                Your message cannot be delivered to the following recipients:

                  Recipient address: neko@example.org
                """;

        ScannedMessage scanned = new MessageScanner().scan(raw.getBytes(StandardCharsets.UTF_8));

        assertThat(scanned.parts()).hasSize(1);
        assertThat(scanned.parts().get(0).contentType().mimeType()).isEqualTo("text/plain");
        assertThat(scanned.parts().get(0).text()).contains("Recipient address: neko@example.org");
    }

    @Test
    void aPreambleBesideRealPartsIsNotText() throws MessageParseException {
        String raw = """
                From: MAILER-DAEMON@example.net
                Content-Type: multipart/mixed; boundary="b"

                This is a MIME-encapsulated message.
                --b
                Content-Type: text/plain

                body
                --b--
                """;

        ScannedMessage scanned = new MessageScanner().scan(raw.getBytes(StandardCharsets.UTF_8));

        assertThat(scanned.parts()).extracting(Part::text).containsExactly("body");
    }
}
