package io.github.ndrclassifier;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/** The robustness cases of real MTAs' reports, each in a small hand-written message. */
class BounceClassifierTest {
    private final BounceClassifier classifier = BounceClassifier.builder().build();

    private BounceReport classify(String message) throws IOException {
        return classifier.classify(message.getBytes(UTF_8));
    }

    private static String report(String statusPart) {
        return report("message/delivery-status", statusPart);
    }

    private static String report(String statusType, String statusPart) {
        return """
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: sender@example.net
                Subject: Undelivered Mail Returned to Sender
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

                --BOUNDARY
                Content-Type: text/plain

                Your message could not be delivered.

                --BOUNDARY
                Content-Type: %s

                %s
                --BOUNDARY
                Content-Type: text/rfc822-headers

                Message-ID: <original-1@example.net>
                Subject: Quarterly report
                From: Sender <sender@example.net>
                To: a@example.org
                Date: Thu, 29 Apr 2021 23:45:41 +0900

                --BOUNDARY--
                """.formatted(statusType, statusPart);
    }

    @Test
    void readsAStandardReport() throws IOException {
        BounceReport report = classify(report("""
                Reporting-MTA: dns; mx.example.org
                Received-From-MTA: dns; client.example.net
                Arrival-Date: Thu, 29 Apr 2021 23:45:41 +0900
                Original-Envelope-Id: ENV-42

                Original-Recipient: rfc822; alias@example.org
                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; mx2.example.org
                Diagnostic-Code: smtp; 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown
                Last-Attempt-Date: Thu, 29 Apr 2021 23:45:42 +0900
                """));
        assertThat(report.kind()).isEqualTo(Kind.DSN);
        assertThat(report.reportingMta()).contains("mx.example.org");
        assertThat(report.receivedFromMta()).contains("client.example.net");
        assertThat(report.arrivalDate()).contains("Thu, 29 Apr 2021 23:45:41 +0900");
        assertThat(report.originalEnvelopeId()).contains("ENV-42");
        assertThat(report.original().messageId()).contains("<original-1@example.net>");
        assertThat(report.original().subject()).contains("Quarterly report");
        assertThat(report.original().from()).contains("Sender <sender@example.net>");
        assertThat(report.original().to()).contains("a@example.org");
        assertThat(report.original().date()).contains("Thu, 29 Apr 2021 23:45:41 +0900");
        RecipientResult r = report.recipients().get(0);
        assertThat(r.address()).isEqualTo("a@example.org");
        assertThat(r.originalRecipient()).contains("alias@example.org");
        assertThat(r.action()).contains(Action.FAILED);
        assertThat(r.status()).hasValueSatisfying(s -> assertThat(s).hasToString("5.1.1"));
        assertThat(r.replyCode()).contains(550);
        assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
        assertThat(r.permanent()).isTrue();
        assertThat(r.hardBounce()).isTrue();
        assertThat(r.remoteMta()).contains("mx2.example.org");
        assertThat(r.diagnosticType()).contains("SMTP");
        assertThat(r.lastAttemptDate()).contains("Thu, 29 Apr 2021 23:45:42 +0900");
    }

    @Test
    void removesTheContinuationPrefixesOfAMultiLineReply() throws IOException {
        BounceReport report = classify(report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
                    not exist. Please try
                    550-5.1.1 double-checking the recipient's email address for typos.
                """));
        assertThat(report.recipients().get(0).diagnostic()).contains(
                "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
                        + "the recipient's email address for typos.");
    }

    @Test
    void keepsTheSpecificCodeOfTheDiagnosticOverAGenericStatus() throws IOException {
        BounceReport report = classify(report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.0.0 (permanent failure)
                Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
                """));
        RecipientResult r = report.recipients().get(0);
        assertThat(r.status()).hasValueSatisfying(s -> assertThat(s).hasToString("5.2.2"));
        assertThat(r.reason()).isEqualTo(Reason.MAILBOXFULL);
        assertThat(r.hardBounce()).isFalse();
    }

    @Test
    void readsJamesOwnReportsWhoseStatusHoldsTheWholeReply() throws IOException {
        BounceReport report = classify(report("""
                Reporting-MTA: dns; james.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 550 5.1.1 The email account a@example.org does not exist
                """));
        RecipientResult r = report.recipients().get(0);
        assertThat(r.status()).hasValueSatisfying(s -> assertThat(s).hasToString("5.1.1"));
        assertThat(r.replyCode()).contains(550);
        assertThat(r.reason()).isEqualTo(Reason.USERUNKNOWN);
    }

    @Test
    void separatesRecipientGroupsWithoutBlankLines() throws IOException {
        BounceReport report = classify(report("""
                Reporting-MTA: dns; mx.example.org
                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                Final-Recipient: rfc822; b@example.org
                Action: delayed
                Status: 4.4.7
                """));
        assertThat(report.recipients()).extracting(RecipientResult::address).containsExactly("a@example.org", "b@example.org");
        RecipientResult delayed = report.recipients().get(1);
        assertThat(delayed.permanent()).isFalse();
        assertThat(delayed.reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void readsAStatusPartWithoutContentType() throws IOException {
        String message = report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                """).replace("Content-Type: message/delivery-status\n", "");
        BounceReport report = classify(message);
        assertThat(report.kind()).isEqualTo(Kind.DSN);
        assertThat(report.recipients()).extracting(RecipientResult::address).containsExactly("a@example.org");
        assertThat(report.reportingMta()).contains("mx.example.org");
    }

    @Test
    void decodesXtextAndUtf8Addresses() throws IOException {
        BounceReport report = classify(report("message/global-delivery-status", """
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a+2Bb@example.org
                Action: failed
                Status: 5.1.1

                Final-Recipient: utf-8; 用户@例子.中国
                Action: failed
                Status: 5.1.1

                Final-Recipient: utf-8; \\x{7528}\\x{6237}@example.org
                Action: failed
                Status: 5.1.1
                """));
        assertThat(report.recipients()).extracting(RecipientResult::address)
                .containsExactly("a+b@example.org", "用户@例子.中国", "用户@example.org");
    }

    @Test
    void givesTheSameResultForAnyLineEnding() throws IOException {
        String lf = report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 user
                   unknown
                """);
        BounceReport expected = classify(lf);
        assertThat(classify(lf.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(classify(lf.replace("\n", "\r"))).isEqualTo(expected);
    }

    @Test
    void readsAReportForwardedAsAnAttachment() throws IOException {
        String inner = report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                """);
        String forward = "From: helpdesk@example.net\nTo: admin@example.net\nSubject: Fwd: bounce\n"
                + "Content-Type: multipart/mixed; boundary=\"FWD\"\n\n--FWD\nContent-Type: text/plain\n\n"
                + "What does this mean?\n--FWD\nContent-Type: message/rfc822\n\n" + inner + "\n--FWD--\n";
        BounceReport report = classify(forward);
        assertThat(report.kind()).isEqualTo(Kind.DSN);
        assertThat(report.recipients()).extracting(RecipientResult::address).containsExactly("a@example.org");
        assertThat(report.original().messageId()).contains("<original-1@example.net>");
    }

    @Test
    void tellsSuccessNotifications() throws IOException {
        BounceReport report = classify(report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: delivered
                Status: 2.0.0
                Diagnostic-Code: smtp; 250 2.0.0 OK
                """));
        RecipientResult r = report.recipients().get(0);
        assertThat(r.reason()).isEqualTo(Reason.DELIVERED);
        assertThat(r.permanent()).isFalse();
        assertThat(r.hardBounce()).isFalse();
    }

    @Test
    void usesTheClassCodeWhenNothingMoreIsKnown() throws IOException {
        BounceReport report = classify(report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                """));
        assertThat(report.recipients().get(0).status()).hasValueSatisfying(s -> assertThat(s).hasToString("5.0.0"));
    }

    @Test
    void tellsFeedbackReports() throws IOException {
        BounceReport report = classify("""
                From: feedback@isp.example
                Subject: complaint
                Content-Type: multipart/report; report-type=feedback-report; boundary="ARF"

                --ARF
                Content-Type: text/plain

                This is an abuse report.
                --ARF
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: ExampleFBL/1.0
                Version: 1
                Original-Rcpt-To: complainer@isp.example
                Reporting-MTA: dns; fbl.isp.example
                --ARF
                Content-Type: text/rfc822-headers

                Message-ID: <newsletter-1@example.net>
                To: complainer@isp.example
                --ARF--
                """);
        assertThat(report.kind()).isEqualTo(Kind.FEEDBACK);
        assertThat(report.feedbackType()).contains("abuse");
        assertThat(report.original().messageId()).contains("<newsletter-1@example.net>");
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("complainer@isp.example");
            assertThat(r.reason()).isEqualTo(Reason.FEEDBACK);
            assertThat(r.status()).isEmpty();
        });
    }

    @Test
    void tellsAutoRepliesFromBouncesCarryingTheSameHeader() throws IOException {
        BounceReport vacation = classify("""
                From: Kijitora <kijitora@example.org>
                To: sender@example.net
                Subject: Out of Office: Quarterly report
                Auto-Submitted: auto-replied

                I am away until Monday.
                """);
        assertThat(vacation.kind()).isEqualTo(Kind.AUTOREPLY);
        assertThat(vacation.recipients()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("kijitora@example.org");
            assertThat(r.reason()).isEqualTo(Reason.VACATION);
        });
        BounceReport dsn = classify(report("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                """));
        assertThat(dsn.kind()).isEqualTo(Kind.DSN);
    }

    @Test
    void tellsMailThatIsNoReport() throws IOException {
        BounceReport report = classify("""
                From: friend@example.org
                To: sender@example.net
                Subject: Lunch?

                Shall we meet at noon?
                """);
        assertThat(report.kind()).isEqualTo(Kind.NONE);
        assertThat(report.recipients()).isEmpty();
    }
}
