package io.github.ndrclassifier.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A multipart whose boundary never appears in its body. */
class MessageScannerBoundaryTest {
    @Test
    void aMultipartWithoutItsBoundaryIsReadAsText() throws MessageParseException {
        String message = """
                From: MAILER-DAEMON@mx.example.net
                Subject: Returned mail
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="expected"

                --other
                Content-Type: text/plain

                Final-Recipient: rfc822; gone@example.net
                Action: failed
                Status: 5.1.1

                --other--
                """;
        ScannedMessage scanned = new MessageScanner().scan(message.getBytes(StandardCharsets.UTF_8));
        assertThat(scanned.parts()).hasSize(1);
        assertThat(scanned.parts().get(0).contentType().mimeType()).isEqualTo("text/plain");
        assertThat(scanned.parts().get(0).text()).contains("Final-Recipient: rfc822; gone@example.net");
        assertThat(scanned.problem()).hasValueSatisfying(p -> assertThat(p).contains("boundary"));
    }

    @Test
    void aPreambleIsNotKeptWhenThePartsAreFound() throws MessageParseException {
        String message = """
                From: a@example.net
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b"

                This is a multi-part message in MIME format.
                --b
                Content-Type: text/plain

                Body
                --b--
                """;
        ScannedMessage scanned = new MessageScanner().scan(message.getBytes(StandardCharsets.UTF_8));
        assertThat(scanned.parts()).extracting(Part::text).containsExactly("Body");
        assertThat(scanned.problem()).isEmpty();
    }
}
