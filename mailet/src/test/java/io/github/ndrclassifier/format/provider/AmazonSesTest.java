package io.github.ndrclassifier.format.provider;

import static io.github.ndrclassifier.format.provider.ProviderReports.Expected;
import static io.github.ndrclassifier.format.provider.ProviderReports.assertReport;
import static io.github.ndrclassifier.format.provider.ProviderReports.classify;
import static io.github.ndrclassifier.format.provider.ProviderReports.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;

class AmazonSesTest {
    private static final String SNS_HEADER = """
            From: SES Notices <no-reply@sns.amazonaws.com>
            To: ops@example.jp
            Subject: AWS Notification Message
            Content-Type: text/plain; charset=UTF-8
            x-amz-sns-message-id: 02f86d9b-eecf-573d-b47d-3d1850750c30
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("bounce notification inside an SNS envelope", message(SNS_HEADER, """
                        {
                          "Type" : "Notification",
                          "Message" : "{\\"notificationType\\":\\"Bounce\\",\\"bounce\\":{\\"bounceType\\":\\"Permanent\\",\\"bounceSubType\\":\\"General\\",\\"bouncedRecipients\\":[{\\"emailAddress\\":\\"gone@example.org\\",\\"action\\":\\"failed\\",\\"status\\":\\"5.1.1\\",\\"diagnosticCode\\":\\"smtp; 550 5.1.1 user unknown\\"}],\\"reportingMTA\\":\\"dsn; a27-33.smtp-out.us-west-2.amazonses.com\\"}}",
                          "Timestamp" : "2016-10-21T06:58:02.294Z"
                        }
                        """), Kind.NDR, "amazonses", List.of(Expected.of("gone@example.org", "5.1.1", 550,
                        "550 5.1.1 user unknown").action(Action.FAILED))),
                Arguments.of("delivery notification, its line broken by a relay", message(SNS_HEADER, """
                        {"notificationType":"Delivery","mail":{"source":"sender@example.jp"},"delivery":{"recipients":["ok@exam!
                         ple.com"],"smtpResponse":"250 2.6.0 Message received","reportingMTA":"a27-29.smtp-out.us-west-2.amazonses.com"}}
                        """), Kind.NDR, "amazonses", List.of(Expected.of("ok@example.com", "2.6.0", 250,
                        "250 2.6.0 Message received").action(Action.DELIVERED))),
                Arguments.of("SES's words around the remote reply", message("""
                        From: MAILER-DAEMON@email-bounces.amazonses.com
                        To: sender@example.com
                        Subject: Delivery Status Notification (Failure)
                        X-SES-Outgoing: 2016.04.29-192.0.2.64
                        MIME-Version: 1.0
                        Content-Type: multipart/report; report-type=delivery-status; boundary="s1"
                        """, """
                        --s1
                        Content-Type: text/plain

                        An error occurred while trying to deliver the mail to the following recipients:
                        nobody@example.co.jp

                        --s1
                        Content-Type: message/delivery-status

                        Reporting-MTA: dns; a192-79.smtp-out.amazonses.com

                        Final-Recipient: rfc822;nobody@example.co.jp
                        Action: failed
                        Status: 5.0.0 (permanent failure)
                        Remote-MTA: dns; [192.0.2.222]
                        Diagnostic-Code: smtp; 5.3.0 - Other mail system problem 550-'Unknown user nobody@example.co.jp' (delivery attempts: 0)

                        --s1--
                        """), Kind.DSN, "amazonses", List.of(Expected.of("nobody@example.co.jp", "5.3.0", 550,
                        "550 Unknown user nobody@example.co.jp"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAmazonSesReports(String name, String message, Kind kind, String format, List<Expected> expected) {
        assertReport(classify(message), kind, format, expected);
    }

    @Test
    void aComplaintNotificationIsFeedback() {
        var report = classify(message(SNS_HEADER, """
                {"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"angry@example.com"}],"complaintFeedbackType":"abuse"},"mail":{"source":"sender@example.jp"}}
                """));
        assertThat(report.kind()).isEqualTo(Kind.FEEDBACK);
        assertThat(report.feedbackType()).contains("abuse");
        assertThat(report.recipients()).extracting(r -> r.address(), r -> r.reason())
                .containsExactly(tuple("angry@example.com",
                        Reason.FEEDBACK));
    }

    @Test
    void aSuppressionSubTypeStatesTheReason() {
        var report = classify(message(SNS_HEADER, """
                {"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"Suppressed","bouncedRecipients":[{"emailAddress":"listed@example.com","action":"failed","status":"5.1.1","diagnosticCode":"Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address."}]}}
                """));
        assertThat(report.recipients().get(0).reason())
                .isEqualTo(Reason.SUPPRESSED);
    }

    @Test
    void brokenJsonIsNoReport() {
        var report = classify(message(SNS_HEADER, "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounced\n"));
        assertThat(report.kind()).isEqualTo(Kind.NONE);
    }
}
