package io.github.ndrclassifier.hostile;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.ndrclassifier.hostile.Hostile.Outcome;
import io.github.ndrclassifier.mime.HeaderField;
import io.github.ndrclassifier.mime.MessageScanner;
import io.github.ndrclassifier.mime.ScannedMessage;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/**
 * Hostile and broken input: every case ends quickly, in bounded memory, with a sensible report
 * or {@link io.github.ndrclassifier.mime.MessageParseException}. Large inputs are generated while
 * they are read, never held by the test.
 */
class HostileInputTest {
    private static final long MB = 1024 * 1024;
    /** The extra heap a 50 MB bounce may cost: its big parts are skipped, never buffered. */
    private static final long HEAP_BOUND_FOR_HUGE_MESSAGES = 16 * MB;

    private static final String HEADER = """
            From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
            To: sender@example.net
            Subject: Undelivered Mail Returned to Sender
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="B"

            """;
    private static final String NOTICE = """
            --B
            Content-Type: text/plain

            Your message could not be delivered to one or more recipients.

            """;
    private static final String STATUS = """
            --B
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: rfc822; a@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown

            """;
    private static final String ORIGINAL = """
            --B
            Content-Type: message/rfc822

            Message-ID: <m1@example.net>
            From: sender@example.net
            To: a@example.org
            Subject: Quarterly report
            Content-Type: text/plain

            The body of the original.
            """;
    private static final String END = "--B--\n";
    private static final String DSN = HEADER + NOTICE + STATUS + ORIGINAL + END;

    private static byte[] bytes(String message) {
        return message.getBytes(ISO_8859_1);
    }

    /** The recipient of the standard report, classified as it should be. */
    private static void assertUserUnknown(BounceReport report) {
        assertThat(report.kind()).isEqualTo(Kind.DSN);
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("a@example.org");
            assertThat(r.status()).hasValueSatisfying(s -> assertThat(s).hasToString("5.1.1"));
            assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
        });
    }

    @Test
    void theStandardReportItselfIsClassified() {
        assertUserUnknown(Hostile.classify(bytes(DSN)).accepted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "\r\n \t\r\n"})
    void emptyInputIsRejectedAsNoMessage(String input) {
        Outcome outcome = Hostile.classify(bytes(input));
        assertThat(outcome.rejection()).hasValueSatisfying(e -> assertThat(e).hasMessageContaining("empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rfc3464-01.eml", "lhost-postfix-01.eml", "lhost-exim-01.eml", "lhost-sendmail-01.eml",
            "lhost-qmail-01.eml", "lhost-office365-01.eml", "arf-02.eml", "rfc3834-01.eml"})
    void aRealBounceCutAtEveryTenthEndsInAReportOrARejection(String name) throws IOException {
        Path file = Path.of(System.getProperty("corpus.dir", "../../shared/corpus"), "maildir", "bsd", name);
        assumeTrue(Files.isRegularFile(file), "the corpus is not available");
        byte[] message = Files.readAllBytes(file);
        for (int tenth = 0; tenth <= 10; tenth++) {
            byte[] cut = java.util.Arrays.copyOf(message, message.length * tenth / 10);
            Outcome outcome = Hostile.classify(cut);
            if (tenth == 0) {
                assertThat(outcome.rejection()).isPresent();
            } else if (tenth == 10) {
                assertThat(outcome.accepted().kind()).isNotEqualTo(Kind.NONE);
            }
        }
    }

    @Test
    void aReportCutInsideItsStatusPartStillGivesTheFieldsBeforeTheCut() {
        String cut = HEADER + NOTICE + STATUS.substring(0, STATUS.indexOf("Diagnostic-Code"));
        BounceReport report = Hostile.classify(bytes(cut)).accepted();
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("a@example.org");
            assertThat(r.status()).hasValueSatisfying(s -> assertThat(s).hasToString("5.1.1"));
        });
    }

    @Test
    void aMultipartWithoutBoundaryParameterIsReadAsText() {
        String message = DSN.replace("; boundary=\"B\"", "");
        BounceReport report = Hostile.classify(bytes(message)).accepted();
        // The status fields are still there, written as text.
        assertThat(report.recipients()).extracting(RecipientResult::address).containsExactly("a@example.org");
    }

    @Test
    void aMultipartWhoseBoundaryNeverAppearsIsReadAsText() {
        String message = DSN.replace("boundary=\"B\"", "boundary=\"NOT-THERE\"");
        BounceReport report = Hostile.classify(bytes(message)).accepted();
        assertThat(report.problem()).hasValueSatisfying(p -> assertThat(p).contains("boundary"));
        assertThat(report.recipients()).extracting(RecipientResult::address).containsExactly("a@example.org");
    }

    @Test
    void aMultipartWithoutClosingBoundaryKeepsItsParts() {
        String message = HEADER + NOTICE + STATUS;
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @Test
    void tenThousandMultipartsSharingOneBoundaryAreSiblings() {
        // A multipart's boundary closes every multipart inside it that uses the same one.
        int depth = 10_000;
        GeneratedMessage message = new GeneratedMessage()
                .text("Subject: deep\nContent-Type: multipart/mixed; boundary=\"b\"\n\n")
                .repeat("--b\nContent-Type: multipart/mixed; boundary=\"b\"\n\n", depth)
                .text("--b\nContent-Type: text/plain\n\ndeep text\n")
                .repeat("--b--\n", depth + 1);
        BounceReport report = Hostile.classify(message, Hostile.TIME_BOUND).accepted();
        assertThat(report.kind()).isEqualTo(Kind.NONE);
    }

    @Test
    void tenThousandNestedMultipartsAreSkippedBeyondTheNestingLimit() {
        StringBuilder message = new StringBuilder("Subject: deep\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
        int depth = 10_000;
        for (int i = 0; i < depth; i++) {
            message.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        message.append("--b").append(depth).append("\nContent-Type: text/plain\n\ndeep text\n");
        for (int i = depth; i >= 0; i--) {
            message.append("--b").append(i).append("--\n");
        }
        Outcome outcome = Hostile.classify(bytes(message.toString()));
        assertThat(outcome.accepted().problem()).hasValueSatisfying(p -> assertThat(p).contains("nesting"));
    }

    @Test
    void aOneMegabyteHeaderLineDoesNotHideTheReport() {
        String message = DSN.replace("MIME-Version: 1.0\n", "MIME-Version: 1.0\nX-Long: " + "x".repeat((int) MB) + "\n");
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @Test
    void aOneMegabyteHeaderLineInsideThePartsDoesNotHideTheReport() {
        String message = DSN.replace("Content-Type: text/plain\n\nYour",
                "Content-Type: text/plain\nX-Long: " + "x".repeat((int) MB) + "\n\nYour");
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @Test
    void aHeaderLineBeyondTheFieldLimitEndsTheScanWithAProblem() {
        String message = DSN.replace("MIME-Version: 1.0\n", "MIME-Version: 1.0\nX-Long: " + "x".repeat((int) (3 * MB)) + "\n");
        BounceReport report = Hostile.classify(bytes(message)).accepted();
        assertThat(report.problem()).isPresent();
    }

    @Test
    void aHundredOneMegabyteHeaderFieldsAreReadButNotKept() throws IOException {
        GeneratedMessage message = new GeneratedMessage()
                .text("From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n")
                .repeat("X-Long: " + "x".repeat((int) MB - 10) + "\n", 100)
                .text("Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n")
                .text(NOTICE + STATUS + ORIGINAL + END);
        assertUserUnknown(Hostile.classify(message, Duration.ofSeconds(30)).accepted());
        // What the scan keeps of them: the small fields, within the header budget.
        ScannedMessage scanned = new MessageScanner().scan(message.stream());
        assertThat(scanned.headers().fields()).extracting(HeaderField::name)
                .containsExactly("From", "Subject", "Content-Type");
    }

    @Test
    void aFiftyMegabyteAttachmentAfterTheStatusPartIsNeverRead() {
        GeneratedMessage message = new GeneratedMessage()
                .text(HEADER + NOTICE + STATUS + ORIGINAL)
                .repeat("The original's body goes on and on, line after line, for fifty megabytes.\n",
                        50 * MB / 73)
                .text(END);
        Outcome outcome = Hostile.classify(message, Hostile.TIME_BOUND);
        assertUserUnknown(outcome.accepted());
        assertThat(outcome.allocatedBytes()).isLessThan(HEAP_BOUND_FOR_HUGE_MESSAGES);
    }

    @Test
    void aFiftyMegabyteAttachmentBeforeTheStatusPartIsSkipped() {
        GeneratedMessage message = new GeneratedMessage()
                .text(HEADER + NOTICE)
                .text("--B\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n")
                .repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx\n",
                        50 * MB / 73)
                .text(STATUS + ORIGINAL + END);
        Outcome outcome = Hostile.classify(message, Duration.ofSeconds(30));
        assertUserUnknown(outcome.accepted());
        assertThat(outcome.allocatedBytes()).isLessThan(HEAP_BOUND_FOR_HUGE_MESSAGES);
    }

    @Test
    void aFiftyMegabyteTextPartIsReadOnlyUpToTheTextLimit() {
        GeneratedMessage message = new GeneratedMessage()
                .text(HEADER)
                .text("--B\nContent-Type: text/plain\n\n")
                .repeat("This notice is very long and says nothing at all, again and again and again.\n",
                        50 * MB / 77)
                .text(STATUS + ORIGINAL + END);
        Outcome outcome = Hostile.classify(message, Duration.ofSeconds(30));
        assertUserUnknown(outcome.accepted());
        assertThat(outcome.allocatedBytes()).isLessThan(HEAP_BOUND_FOR_HUGE_MESSAGES);
    }

    @Test
    void aFiftyMegabyteSingleLineBodyIsReadOnlyUpToTheTextLimit() {
        GeneratedMessage message = new GeneratedMessage()
                .text("From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n\n")
                .repeat("x", 50 * MB);
        Outcome outcome = Hostile.classify(message, Duration.ofSeconds(30));
        assertThat(outcome.report()).isPresent();
        assertThat(outcome.allocatedBytes()).isLessThan(HEAP_BOUND_FOR_HUGE_MESSAGES);
    }

    @Test
    void aDeliveryStatusPartOfMegabytesIsReadUpToTheReportLimit() {
        GeneratedMessage message = new GeneratedMessage()
                .text(HEADER + NOTICE + STATUS.replace("\n\nFinal-Recipient", "\nX-Padding: start\n\nFinal-Recipient"))
                .repeat("X-Padding: " + "p".repeat(100) + "\n", 64 * MB / 112)
                .text("\n" + ORIGINAL + END);
        Outcome outcome = Hostile.classify(message, Hostile.TIME_BOUND);
        assertUserUnknown(outcome.accepted());
        // Only the first ScanLimits.maxReportBytes (2 MB) are read, decoded and parsed.
        assertThat(outcome.allocatedBytes()).isLessThan(32 * MB);
    }

    @Test
    void aDeliveryStatusPartOfMegabytesOfRecipientsIsCutAtTheReportLimit() {
        GeneratedMessage message = new GeneratedMessage()
                .text(HEADER + NOTICE + "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n")
                .repeat("Final-Recipient: rfc822; someone@example.org\nAction: failed\nStatus: 5.1.1\n\n", 8 * MB / 74)
                .text(ORIGINAL + END);
        Outcome outcome = Hostile.classify(message, Hostile.TIME_BOUND);
        BounceReport report = outcome.accepted();
        assertThat(report.recipients()).isNotEmpty().allSatisfy(r -> assertThat(r.address()).isEqualTo("someone@example.org"));
    }

    @Test
    void aThousandRecipientGroupsAreAllClassified() {
        StringBuilder groups = new StringBuilder("Reporting-MTA: dns; mx.example.org\n\n");
        for (int i = 0; i < 1000; i++) {
            groups.append("Final-Recipient: rfc822; user").append(i).append("@example.org\nAction: failed\n")
                    .append("Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user").append(i)
                    .append("@example.org: user unknown\n\n");
        }
        String message = HEADER + NOTICE + "--B\nContent-Type: message/delivery-status\n\n" + groups + ORIGINAL + END;
        BounceReport report = Hostile.classify(bytes(message)).accepted();
        assertThat(report.recipients()).hasSize(1000);
        assertThat(report.recipients().get(999).address()).isEqualTo("user999@example.org");
        assertThat(report.recipients()).allSatisfy(r -> assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 10_000, 1_000_000})
    void binaryGarbageIsRejectedOrReportsNothing(int size) {
        Random random = new Random(size);
        for (int run = 0; run < 5; run++) {
            byte[] garbage = new byte[size];
            random.nextBytes(garbage);
            Outcome outcome = Hostile.classify(garbage);
            outcome.report().ifPresent(r -> assertThat(r.kind()).isEqualTo(Kind.NONE));
        }
    }

    @Test
    void binaryGarbageInsideTheTextPartLeavesTheReportIntact() {
        byte[] garbage = new byte[200_000];
        new Random(7).nextBytes(garbage);
        String message = DSN.replace("Your message could not be delivered", new String(garbage, ISO_8859_1));
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @Test
    void nulBytesInHeadersAndBodies() {
        String message = DSN.replace("Subject: Undelivered", "Subject: Undel\0ivered\0")
                .replace("X-Original", "X-\0")
                .replace("Your message", "Your\0\0\0 message")
                .replace("Reporting-MTA: dns; mx.example.org", "Reporting-MTA: dns; mx.exa\0mple.org")
                .replace("Subject: Quarterly", "Subject: Quar\0terly");
        BounceReport report = Hostile.classify(bytes(message)).accepted();
        assertUserUnknown(report);
        assertThat(report.reportingMta()).hasValueSatisfying(m -> assertThat(m).doesNotContain("\0"));
    }

    @Test
    void aMessageOfNulBytesOnlyIsNoMessage() {
        Outcome outcome = Hostile.classify(new byte[100_000]);
        outcome.report().ifPresent(r -> assertThat(r.kind()).isEqualTo(Kind.NONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "x-no-such-charset", "utf-7", "unicode-1-1-utf-7", "utf-16", "utf-32",
            "\"\"", "'", "iso-2022-jp", "=?utf-8?q?x?=", "*", "utf-8''", "LONG"})
    void anyCharsetLabelOnEveryPart(String label) {
        String charset = label.equals("LONG") ? "x".repeat(5000) : label;
        String message = DSN.replace("Content-Type: text/plain", "Content-Type: text/plain; charset=\"" + charset + "\"")
                .replace("Content-Type: message/delivery-status",
                        "Content-Type: message/delivery-status; charset=\"" + charset + "\"")
                .replace("Subject: Quarterly report", "Subject: =?" + charset + "?B?QUJD?=");
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+AGEAYQ-", "+ZZZZZZZZ", "+", "+-+-+-", "+AGEAYQBh", "+\u00ff\u00fe-", "+/v8-", "+AAAA"})
    void brokenUtf7Text(String text) {
        String message = DSN.replace("Content-Type: text/plain\n\nYour message",
                "Content-Type: text/plain; charset=utf-7\n\n" + text + " Your message" + text.repeat(1000));
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!!not base64 at all!!!!", "QUJD====QUJD", "=", "A", "QUJDRA", "\0\0\0\0"})
    void invalidBase64(String encoded) {
        String message = DSN.replace("Content-Type: text/plain\n\nYour message could not be delivered",
                "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n" + encoded)
                .replace("Content-Type: message/delivery-status\n",
                        "Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n");
        Hostile.classify(bytes(message)).accepted();
    }

    @Test
    void aHugeBase64LineIsDecodedOnlyUpToTheTextLimit() {
        GeneratedMessage message = new GeneratedMessage()
                .text(HEADER)
                .text("--B\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n")
                .repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=", 20 * MB / 36)
                .text("\n" + STATUS + ORIGINAL + END);
        Outcome outcome = Hostile.classify(message, Duration.ofSeconds(30));
        assertUserUnknown(outcome.accepted());
        assertThat(outcome.allocatedBytes()).isLessThan(HEAP_BOUND_FOR_HUGE_MESSAGES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "=Z", "=ZZ", "=\n=\n=", "=0", "=0D=0A=00", "==41", "=\r"})
    void invalidQuotedPrintable(String encoded) {
        String message = DSN.replace("Content-Type: text/plain\n\nYour message could not be delivered",
                "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n" + encoded.repeat(1000));
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @Test
    void aHugeQuotedPrintableLineIsDecodedOnlyUpToTheTextLimit() {
        GeneratedMessage message = new GeneratedMessage()
                .text(HEADER)
                .text("--B\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n")
                .repeat("=41=42=43 soft", 20 * MB / 14)
                .text("\n" + STATUS + ORIGINAL + END);
        Outcome outcome = Hostile.classify(message, Duration.ofSeconds(30));
        assertUserUnknown(outcome.accepted());
        assertThat(outcome.allocatedBytes()).isLessThan(HEAP_BOUND_FOR_HUGE_MESSAGES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a+0D+0ABcc:+20evil@example.net@example.org", "a+0D+0A@example.org", "a+00+1B+7F@example.org",
            "a\u0001\u001f@example.org", "\"a\u0007b\"@example.org", "a+E2+80+A8@example.org"})
    void addressesWithControlCharactersNeverReachTheReport(String address) {
        String message = DSN.replace("Final-Recipient: rfc822; a@example.org", "Final-Recipient: rfc822; " + address)
                .replace("Original-Recipient", "X");
        BounceReport report = Hostile.classify(bytes(message)).accepted();
        assertThat(report.recipients()).singleElement()
                .satisfies(r -> assertThat(r.address()).endsWith("@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8; a\\x{D}\\x{A}Bcc: evil@example.net", "utf-8; a\\x{0}\\x{2028}b@example.org"})
    void utf8AddressEscapesOfControlCharactersNeverReachTheReport(String field) {
        String message = DSN.replace("Final-Recipient: rfc822; a@example.org", "Final-Recipient: " + field);
        Hostile.classify(bytes(message)).accepted();
    }

    @Test
    void controlCharactersInTheDiagnosticAndHeadersNeverReachTheReport() {
        String message = DSN.replace("Diagnostic-Code: smtp; 550 5.1.1",
                        "Diagnostic-Code: smtp; 550 5.1.1 \u0001\u0008\u001b[31m\u007f\u0085")
                .replace("Reporting-MTA: dns; mx.example.org", "Reporting-MTA: dns; mx.example.org\u000b\u000c")
                .replace("Subject: Quarterly report", "Subject: =?utf-8?q?Quarterly=0D=0ABcc:_evil@example.net?=")
                .replace("Message-ID: <m1@example.net>", "Message-ID: <m1@example.net>\r\r\u0000");
        assertUserUnknown(Hostile.classify(bytes(message)).accepted());
    }

    @Test
    void controlCharactersInANonStandardBounceNeverReachTheReport() {
        String message = """
                From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
                To: sender@example.net
                Subject: Undelivered Mail Returned to Sender

                This is the mail system at host mx.example.org.

                I'm sorry to have to inform you that your message could not
                be delivered to one or more recipients.

                <a\u0001b@example.org>: host mx2.example.org[192.0.2.1] said: 550 5.1.1
                    <a@example.org>: Recipient address rejected:\u0000 User unknown\u001b (in reply to RCPT TO command)
                """;
        Hostile.classify(message.getBytes(UTF_8)).accepted();
    }
}
