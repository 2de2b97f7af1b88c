package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.knowledge.KnowledgeBase;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;

/**
 * A bounce that returns a 50 MB original is classified with a few megabytes of allocation: the
 * original's body is skipped as it streams past, never buffered. Allocation (not time) is
 * measured, by the JVM's per-thread allocation counter, so the result does not depend on the
 * machine's load.
 */
class LargeBounceMemoryTest {
    private static final long ORIGINAL_BODY_BYTES = 50L * 1024 * 1024;
    private static final long MAX_ALLOCATED_BYTES = 16L * 1024 * 1024;

    private static final String DSN_HEAD = """
            From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
            To: sender@example.com
            Subject: Undelivered Mail Returned to Sender
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            --B
            Content-Type: text/plain

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients.

            <gone@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1
                <gone@example.org>: Recipient address rejected: User unknown

            --B
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.net

            Final-Recipient: rfc822; gone@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown

            --B
            Content-Type: message/rfc822

            """;

    private static final String NDR_HEAD = """
            From: Mail Delivery System <Mailer-Daemon@mx.example.net>
            To: sender@example.com
            Subject: Mail delivery failed: returning message to sender
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="B"

            --B
            Content-Type: text/plain

            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              gone@example.org
                host mx.example.org [192.0.2.7]
                SMTP error from remote mail server after RCPT TO:<gone@example.org>:
                550 5.1.1 User unknown

            --B
            Content-Type: message/rfc822

            """;

    private static final String ORIGINAL_HEAD = """
            From: sender@example.com
            To: gone@example.org
            Subject: The quarterly figures
            Message-ID: <large-1@example.com>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="O"

            --O
            Content-Type: text/plain

            The figures are attached.

            --O
            Content-Type: application/octet-stream; name="figures.bin"
            Content-Transfer-Encoding: base64

            """;

    private static final String TAIL = "\n--O--\n\n--B--\n";

    /** The message, generated as it is read: the test itself never holds the 50 MB either. */
    private static InputStream message(String head) {
        List<InputStream> pieces = List.of(ascii(head), ascii(ORIGINAL_HEAD), new Base64Lines(ORIGINAL_BODY_BYTES),
                ascii(TAIL));
        return new SequenceInputStream(Collections.enumeration(pieces));
    }

    private static InputStream ascii(String text) {
        return new java.io.ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static BounceReport classifyMeasured(BounceClassifier classifier, String head, long[] allocated)
            throws IOException {
        try (InputStream in = message(head)) {
            long before = allocatedBytes();
            BounceReport report = classifier.classify(in);
            allocated[0] = allocatedBytes() - before;
            return report;
        }
    }

    @Test
    void aDsnReturningA50MegabyteOriginalIsClassifiedWithUnder16MegabytesAllocated() throws IOException {
        BounceClassifier classifier = BounceClassifier.builder().explainer(KnowledgeBase.builtIn()).build();
        long[] allocated = new long[1];
        classifyMeasured(classifier, DSN_HEAD, allocated);

        BounceReport report = classifyMeasured(classifier, DSN_HEAD, allocated);

        assertThat(report.kind()).isEqualTo(Kind.DSN);
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("gone@example.org");
            assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
        });
        assertThat(report.original().messageId()).contains("<large-1@example.com>");
        assertThat(allocated[0]).isLessThan(MAX_ALLOCATED_BYTES);
    }

    @Test
    void aNonStandardBounceReturningA50MegabyteOriginalIsReadPastItWithUnder16MegabytesAllocated()
            throws IOException {
        BounceClassifier classifier = BounceClassifier.builder().explainer(KnowledgeBase.builtIn()).build();
        long[] allocated = new long[1];
        classifyMeasured(classifier, NDR_HEAD, allocated);

        BounceReport report = classifyMeasured(classifier, NDR_HEAD, allocated);

        assertThat(report.kind()).isEqualTo(Kind.NDR);
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("gone@example.org");
            assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
        });
        assertThat(report.original().messageId()).contains("<large-1@example.com>");
        assertThat(allocated[0]).isLessThan(MAX_ALLOCATED_BYTES);
    }

    /** {@code size} bytes of base64-looking text in 76-character lines, produced on demand. */
    private static final class Base64Lines extends InputStream {
        private static final byte[] LINE = ("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0"
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        Base64Lines(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? LINE[(int) (position++ % LINE.length)] : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = LINE[(int) ((position + i) % LINE.length)];
            }
            position += n;
            return n;
        }
    }
}
