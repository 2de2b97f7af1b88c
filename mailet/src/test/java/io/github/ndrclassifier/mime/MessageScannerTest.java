package io.github.ndrclassifier.mime;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MessageScannerTest {
    private final MessageScanner scanner = new MessageScanner();

    private static final String REPORT = """
            From: MAILER-DAEMON@mx.example.org
            To: sender@example.net
            Subject: Undelivered Mail
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            --B
            Content-Type: text/plain; charset=iso-8859-1
            Content-Transfer-Encoding: quoted-printable

            Die Nachricht konnte nicht zugestellt werden: Empf=E4nger unbekannt.
            --B
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: rfc822; a@example.org
            Action: failed
            Status: 5.1.1
            --B
            Content-Type: message/rfc822

            Message-ID: <original@example.net>
            Subject: Hello
            From: sender@example.net
            To: a@example.org
            Date: Thu, 29 Apr 2021 23:45:41 +0900

            The original body.
            --B--
            """;

    @Test
    void keepsTheHeaderTheTextTheReportAndTheOriginalsHeader() throws IOException {
        ScannedMessage message = scanner.scan(REPORT.getBytes(UTF_8));
        assertThat(message.headers().text("Subject")).contains("Undelivered Mail");
        assertThat(message.contentType().reportType()).contains("delivery-status");
        assertThat(message.parts()).extracting(p -> p.contentType().mimeType())
                .containsExactly("text/plain", "message/delivery-status", "message/rfc822");
        assertThat(message.parts().get(0).text()).contains("Empfänger unbekannt");
        assertThat(message.deliveryStatusParts()).singleElement()
                .satisfies(p -> assertThat(p.text()).contains("Final-Recipient: rfc822; a@example.org"));
        HeaderBlock original = message.parts().get(2).embeddedHeaders().orElseThrow();
        assertThat(original.text("Message-ID")).contains("<original@example.net>");
        assertThat(message.problem()).isEmpty();
    }

    @Test
    void stopsReadingAfterTheOriginalsHeader() throws IOException {
        String huge = REPORT.replace("The original body.\n", "x".repeat(100) + "\n").replace("--B--\n", "");
        CountingStream in = new CountingStream(huge.getBytes(UTF_8), 50_000_000);
        ScannedMessage message = scanner.scan(in);
        assertThat(message.parts()).hasSize(3);
        assertThat(in.read).isLessThan(64 * 1024);
    }

    @Test
    void readsHeaderOnlyParts() throws IOException {
        String headersOnly = REPORT.replace("Content-Type: message/rfc822", "Content-Type: text/rfc822-headers")
                .replace("\nThe original body.\n", "\n");
        ScannedMessage message = scanner.scan(headersOnly.getBytes(UTF_8));
        assertThat(message.parts().get(2).embeddedHeaders().orElseThrow().text("Subject")).contains("Hello");
        String global = REPORT.replace("Content-Type: message/rfc822", "Content-Type: message/global-headers")
                .replace("Subject: Hello", "Subject: Grüße");
        assertThat(scanner.scan(global.getBytes(UTF_8)).parts().get(2).embeddedHeaders().orElseThrow().text("Subject"))
                .contains("Grüße");
    }

    @Test
    void followsAReportForwardedAsAnAttachment() throws IOException {
        String forward = "From: admin@example.net\nSubject: Fwd: bounce\nContent-Type: multipart/mixed; boundary=\"F\"\n\n"
                + "--F\nContent-Type: text/plain\n\nsee attached\n--F\nContent-Type: message/rfc822\n\n"
                + REPORT + "\n--F--\n";
        ScannedMessage message = scanner.scan(forward.getBytes(UTF_8));
        Part attached = message.parts().get(1);
        assertThat(attached.embeddedMessage()).hasValueSatisfying(inner ->
                assertThat(inner.deliveryStatusParts()).hasSize(1));
    }

    @Test
    void doesNotFollowAnAttachedMessageThatIsNoReport() throws IOException {
        String forward = "From: a@example.net\nContent-Type: multipart/mixed; boundary=\"F\"\n\n--F\n"
                + "Content-Type: message/rfc822\n\nSubject: inner\nContent-Type: text/plain\n\ninner text\n--F--\n";
        ScannedMessage message = scanner.scan(forward.getBytes(UTF_8));
        assertThat(message.parts()).singleElement().satisfies(p -> {
            assertThat(p.embeddedMessage()).isEmpty();
            assertThat(p.embeddedHeaders().orElseThrow().text("Subject")).contains("inner");
        });
    }

    @Test
    void skipsAnMboxEnvelopeLineAndReadsCrOnlyLineEndings() throws IOException {
        ScannedMessage lf = scanner.scan(REPORT.getBytes(UTF_8));
        ScannedMessage mbox = scanner.scan(("From MAILER-DAEMON Thu Apr 29 23:45:41 2021\n" + REPORT).getBytes(UTF_8));
        ScannedMessage cr = scanner.scan(REPORT.replace("\n", "\r").getBytes(UTF_8));
        ScannedMessage crlf = scanner.scan(REPORT.replace("\n", "\r\n").getBytes(UTF_8));
        for (ScannedMessage other : new ScannedMessage[] {mbox, cr, crlf}) {
            assertThat(other.headers().text("Subject")).isEqualTo(lf.headers().text("Subject"));
            assertThat(other.parts()).extracting(p -> p.contentType().mimeType())
                    .isEqualTo(lf.parts().stream().map(p -> p.contentType().mimeType()).toList());
            assertThat(other.parts().get(1).text().replace("\r\n", "\n").replace('\r', '\n'))
                    .isEqualTo(lf.parts().get(1).text());
        }
    }

    @Test
    void reportsWhatIsNotAMessage() {
        assertThatThrownBy(() -> scanner.scan(new byte[0])).isInstanceOf(MessageParseException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> scanner.scan("no header at all\n".getBytes(UTF_8)))
                .isInstanceOf(MessageParseException.class).hasMessageContaining("no header");
    }

    @Test
    void cutsTextPartsAtTheLimit() throws IOException {
        ScanLimits limits = new ScanLimits(100, 150, 1000, 1000, 50, 10_000, 10, 5, 1, 100_000);
        String message = "Subject: x\nContent-Type: multipart/mixed; boundary=\"M\"\n\n--M\n\n" + "a".repeat(500)
                + "\n--M\n\n" + "b".repeat(500) + "\n--M--\n";
        ScannedMessage scanned = new MessageScanner(limits).scan(message.getBytes(UTF_8));
        assertThat(scanned.parts().get(0).text()).hasSize(100);
        assertThat(scanned.parts().get(1).text()).hasSize(50);
    }

    private static String alternative(String firstType, String firstText, String secondType, String secondText) {
        return "Subject: x\nContent-Type: multipart/alternative; boundary=\"A\"\n\n"
                + "--A\nContent-Type: " + firstType + "\n\n" + firstText + "\n"
                + "--A\nContent-Type: " + secondType + "\n\n" + secondText + "\n--A--\n";
    }

    @Test
    void leavesAnHtmlAlternativeAfterPlainTextUnread() throws IOException {
        ScannedMessage scanned = scanner.scan(alternative("text/plain", "plain", "text/html", "<p>html</p>").getBytes(UTF_8));
        assertThat(scanned.parts()).extracting(Part::text).containsExactly("plain", "");
        assertThat(scanned.parts().get(1).contentType().mimeType()).isEqualTo("text/html");
    }

    @Test
    void readsHtmlWithoutPlainTextBeforeIt() throws IOException {
        ScannedMessage htmlFirst = scanner.scan(alternative("text/html", "<p>html</p>", "text/plain", "plain").getBytes(UTF_8));
        ScannedMessage emptyPlain = scanner.scan(alternative("text/plain", "", "text/html", "<p>html</p>").getBytes(UTF_8));
        assertThat(htmlFirst.parts()).extracting(Part::text).containsExactly("<p>html</p>", "plain");
        assertThat(emptyPlain.parts()).extracting(Part::text).containsExactly("", "<p>html</p>");
    }

    @Test
    void skipsMultipartsNestedBeyondTheLimit() throws IOException {
        StringBuilder message = new StringBuilder("Subject: deep\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
        int depth = 100;
        for (int i = 0; i < depth; i++) {
            message.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        message.append("--b").append(depth).append("\nContent-Type: text/plain\n\ndeep text\n");
        for (int i = depth; i >= 0; i--) {
            message.append("--b").append(i).append("--\n");
        }
        ScannedMessage scanned = scanner.scan(message.toString().getBytes(UTF_8));
        assertThat(scanned.problem()).hasValueSatisfying(p -> assertThat(p).contains("nesting"));
        assertThat(scanned.headers().text("Subject")).contains("deep");
    }

    /** Serves the given bytes, then endless filler, counting what was read. */
    /**
     * A header line that is no field starts the body, and Mime4j puts it back in front of the body
     * through the field builder's buffer. With Mime4j's own builder, a part cut off before that line
     * was read left the buffer in two of Mime4j's per-thread recyclers at once, and a later message
     * on the thread lost the end of its original's header.
     */
    @Test
    void aLineThatIsNoFieldLeavesNothingBehindForTheNextScan() throws Exception {
        String cutOff = """
                From: MAILER-DAEMON@mx.example.org
                Subject: Undeliverable: Hello
                Content-Type: multipart/report; report-type=delivery-status; boundary="R"

                --R
                Content-Type: multipart/alternative; boundary="A"

                --A
                Content-Type: text/plain

                Delivery has failed to these recipients: a@example.org
                --A
                Content-Type: text/html
                this line is no field

                <p>Delivery has failed to these recipients: a@example.org</p>
                """;
        String longOriginalHeader = IntStream.range(0, 200).mapToObj(i -> "X-Filler-" + i + ": value " + i + "\n")
                .collect(Collectors.joining());
        String next = REPORT.replace("Message-ID: <original@example.net>", longOriginalHeader
                + "Message-ID: <original@example.net>");

        String alone = onFreshThread(() -> scanner.scan(next.getBytes(UTF_8)).toString());
        String afterTheCutOff = onFreshThread(() -> {
            scanner.scan(cutOff.getBytes(UTF_8));
            return scanner.scan(next.getBytes(UTF_8)).toString();
        });

        assertThat(alone).contains("Message-ID: <original@example.net>");
        assertThat(afterTheCutOff).isEqualTo(alone);
    }

    private static String onFreshThread(Callable<String> task) throws Exception {
        FutureTask<String> result = new FutureTask<>(task);
        Thread thread = new Thread(result);
        thread.start();
        return result.get();
    }

    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream head;
        private long remaining;
        private long read;

        CountingStream(byte[] head, long fillerBytes) {
            this.head = new ByteArrayInputStream(head);
            this.remaining = fillerBytes;
        }

        @Override
        public int read() {
            int b = head.read();
            if (b < 0) {
                if (remaining-- <= 0) {
                    return -1;
                }
                b = 'y';
            }
            read++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) {
            int n = 0;
            while (n < len) {
                int b = read();
                if (b < 0) {
                    return n == 0 ? -1 : n;
                }
                buffer[off + n++] = (byte) b;
                if (b == '\n') {
                    break;
                }
            }
            return n;
        }
    }
}
