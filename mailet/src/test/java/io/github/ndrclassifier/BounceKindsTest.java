package io.github.ndrclassifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.report.BounceReport;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/** What kind of message the classifier says a message is, and whom it is about. */
class BounceKindsTest {
    private static final BounceClassifier CLASSIFIER = BounceClassifier.builder().build();

    private static final String ARF = """
            From: feedback@isp.example
            To: abuse@sender.example
            Subject: Abuse report
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=feedback-report; boundary="f"

            --f
            Content-Type: text/plain

            This is an email abuse report.

            --f
            Content-Type: message/feedback-report

            Feedback-Type: %s
            User-Agent: Example-FBL/1.0
            Version: 1
            %s

            --f
            Content-Type: text/rfc822-headers

            From: sender@sender.example
            To: reader@isp.example
            Subject: Offer

            --f--
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ARF names the recipient in Original-Rcpt-To",
                        ARF.formatted("abuse", "Original-Rcpt-To: <complainer@isp.example>"),
                        Kind.FEEDBACK, List.of("complainer@isp.example"), Reason.FEEDBACK),
                Arguments.of("ARF opt-out names it in Removal-Recipient",
                        ARF.formatted("opt-out", "Removal-Recipient: leaver@isp.example"),
                        Kind.FEEDBACK, List.of("leaver@isp.example"), Reason.FEEDBACK),
                Arguments.of("ARF without recipient fields: the original's To",
                        ARF.formatted("auth-failure", "Source-IP: 192.0.2.1"),
                        Kind.FEEDBACK, List.of("reader@isp.example"), Reason.FEEDBACK),
                Arguments.of("Apple Mail's unsubscribe request is opt-out feedback, not an auto-reply", """
                        From: reader@icloud.example
                        To: opt-out-123@sender.example
                        Subject: unsubscribe
                        Auto-Submitted: auto-replied
                        X-Apple-Unsubscribe: true

                        Apple Mail sent this email to unsubscribe from the message.
                        """, Kind.FEEDBACK, List.of("reader@icloud.example"), Reason.FEEDBACK),
                Arguments.of("RFC 3834 auto-reply", """
                        From: Away Person <away@example.org>
                        To: sender@example.jp
                        Subject: Out of Office: Meeting
                        Auto-Submitted: auto-replied

                        I am away until Monday.
                        """, Kind.AUTOREPLY, List.of("away@example.org"), Reason.VACATION),
                Arguments.of("an auto-reply whose subject quotes a delivery failure stays an auto-reply", """
                        From: away@example.org
                        To: sender@example.jp
                        Subject: Automatic reply: Undelivered Mail Returned to Sender
                        Auto-Submitted: auto-replied

                        I am away; nobody@example.net will answer.
                        """, Kind.AUTOREPLY, List.of("away@example.org"), Reason.VACATION),
                Arguments.of("a DSN carrying Auto-Submitted: auto-replied stays a DSN", """
                        From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
                        To: sender@example.jp
                        Subject: Undelivered Mail Returned to Sender
                        Auto-Submitted: auto-replied
                        MIME-Version: 1.0
                        Content-Type: multipart/report; report-type=delivery-status; boundary="d"

                        --d
                        Content-Type: text/plain

                        I'm sorry to have to inform you that your message could not be delivered.

                        --d
                        Content-Type: message/delivery-status

                        Reporting-MTA: dns; mx.example.net

                        Final-Recipient: rfc822; gone@example.net
                        Action: failed
                        Status: 5.1.1
                        Diagnostic-Code: smtp; 550 5.1.1 <gone@example.net>: Recipient address rejected

                        --d--
                        """, Kind.DSN, List.of("gone@example.net"), Reason.USERUNKNOWN),
                Arguments.of("a provider's report from a no-reply address with Auto-Submitted stays a bounce", """
                        From: no-reply@ab0000.dion.ne.jp
                        To: sender@example.jp
                        Subject: Mail
                        Auto-Submitted: auto-replied

                        Your mail sent on: Thu, 29 Apr 2013 00:00:00 +0900
                             Could not be delivered to: <full@ab0000.dion.ne.jp>
                             As their mailbox is full.
                        """, Kind.NDR, List.of("full@ab0000.dion.ne.jp"), Reason.MAILBOXFULL),
                Arguments.of("ordinary mail is no report", """
                        From: friend@example.org
                        To: sender@example.jp
                        Subject: Lunch?

                        Shall we meet at noon? Write to other@example.org too.
                        """, Kind.NONE, List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tellsTheKind(String name, String message, Kind kind, List<String> recipients, Reason reason)
            throws MessageParseException {
        BounceReport report = CLASSIFIER.classify(message.getBytes(StandardCharsets.UTF_8));
        assertThat(report.kind()).isEqualTo(kind);
        assertThat(report.recipients()).extracting(RecipientResult::address).containsExactlyElementsOf(recipients);
        if (reason != null) {
            assertThat(report.recipients()).extracting(RecipientResult::reason).containsOnly(reason);
        }
    }
}
