package io.github.ndrclassifier.format.provider;

import static io.github.ndrclassifier.format.provider.ProviderReports.Expected;
import static io.github.ndrclassifier.format.provider.ProviderReports.assertReport;
import static io.github.ndrclassifier.format.provider.ProviderReports.classify;
import static io.github.ndrclassifier.format.provider.ProviderReports.message;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;

class GmailTest {
    private static final String HEADER = """
            From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
            To: sender@example.net
            Subject: Delivery Status Notification (Failure)
            Content-Type: text/plain; charset=UTF-8
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("classic permanent failure with the remote host", message(HEADER + "X-Failed-Recipients: rcpt@example.org\n", """
                        Delivery to the following recipient failed permanently:

                             rcpt@example.org

                        Technical details of permanent failure:
                        Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx1.example.org. [192.0.2.7].

                        The error that the other server returned was:
                        550 5.1.1 <rcpt@example.org>... User Unknown

                        ----- Original message -----

                        To: rcpt@example.org
                        """), Kind.NDR, List.of(Expected.of("rcpt@example.org", "5.1.1", 550,
                        "550 5.1.1 <rcpt@example.org>... User Unknown").remoteMta("mx1.example.org")
                        .action(Action.FAILED))),
                Arguments.of("classic reply code written twice and the SMTP state", message(HEADER, """
                        Delivery to the following recipient failed permanently:

                             two@example.org

                        Technical details of permanent failure:
                        Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 554 554 5.7.0 Header error (state 18).

                        ----- Original message -----
                        """), Kind.NDR, List.of(Expected.of("two@example.org", "5.7.0", 554, "554 5.7.0 Header error")
                        .command("DATA"))),
                Arguments.of("classic delay with a temporary reply", message(HEADER.replace("(Failure)", "(Delay)"), """
                        This is an automatically generated Delivery Status Notification

                        THIS IS A WARNING MESSAGE ONLY.

                        Delivery to the following recipient has been delayed:

                             full@example.jp

                        Message will be retried for 2 more day(s)

                        Technical details of temporary failure:
                        Google tried to deliver your message, but it was rejected by the recipient domain. The error that the other server returned was: 450 450 4.2.2 <full@example.jp>... Mailbox Full (state 14).

                        ----- Original message -----
                        """), Kind.NDR, List.of(Expected.of("full@example.jp", "4.2.2", 450,
                        "450 4.2.2 <full@example.jp>... Mailbox Full").command("RCPT").action(Action.DELAYED))),
                Arguments.of("classic delay without details is transient", message(HEADER, """
                        Delivery to the following recipient has been delayed:

                             late@example.com

                        Message will be retried for 2 more day(s)

                        ----- Original message -----
                        """), Kind.NDR, List.of(Expected.of("late@example.com", "4.0.0", null, null)
                        .action(Action.DELAYED))),
                Arguments.of("current layout, text only", message(HEADER + "X-Failed-Recipients: gone@example.com\n", """
                        ** Address not found **

                        Your message wasn't delivered to gone@example.com because the address couldn't be found, or is unable to receive mail.

                        The response from the remote server was:
                        550 5.1.1 The email account that you tried to reach does not exist.
                        """), Kind.NDR, List.of(Expected.of("gone@example.com", "5.1.1", 550,
                        "550 5.1.1 The email account that you tried to reach does not exist.")
                        .reason(Reason.USERUNKNOWN))),
                Arguments.of("current layout without X-Failed-Recipients names the recipient in its sentence", message(HEADER, """
                        ** Message blocked **

                        Your message to blocked@example.com has been blocked. See technical details below for more information.

                        The response was:

                        Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability
                        """), Kind.NDR, List.of(Expected.of("blocked@example.com", "5.0.0", null,
                        "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability"))),
                Arguments.of("the help topic Gmail cites states the reason", message(HEADER
                        + "X-Failed-Recipients: friend@example.org\n", """
                        ** Message not delivered **

                        You're sending this from a different address or alias using the 'Send mail as' feature. Check those settings and try resending.

                        Learn more here: https://support.google.com/mail/?p=CustomFromDenied

                        The response was:

                        535 5.7.8 Authentication credentials invalid
                        """), Kind.NDR, List.of(Expected.of("friend@example.org",
                        "5.7.8", 535, "535 5.7.8 Authentication credentials invalid").reason(Reason.REJECTED))),
                Arguments.of("an empty delivery-status part falls back to the text", message("""
                        From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
                        Subject: Delivery Status Notification (Failure)
                        X-Failed-Recipients: team@groups.example.com
                        MIME-Version: 1.0
                        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"
                        """, """
                        --b1
                        Content-Type: text/plain; charset=UTF-8

                        ** Message not delivered **

                        The response was:

                        Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability

                        --b1
                        Content-Type: message/delivery-status


                        --b1--
                        """), Kind.DSN, List.of(Expected.of("team@groups.example.com", "5.0.0", null,
                        "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability"))),
                Arguments.of("a DSN without Diagnostic-Code gets the reply from the text", message("""
                        From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
                        Subject: Delivery Status Notification (Failure)
                        MIME-Version: 1.0
                        Content-Type: multipart/report; report-type=delivery-status; boundary="b2"
                        """, """
                        --b2
                        Content-Type: text/plain; charset=UTF-8

                        ** Address not found **

                        Your message wasn't delivered to nobody@example.net because the address couldn't be found.

                        The response from the remote server was:
                        550 5.1.1 <nobody@example.net>: Recipient address rejected

                        --b2
                        Content-Type: message/delivery-status

                        Reporting-MTA: dns; googlemail.com

                        Final-Recipient: rfc822; nobody@example.net
                        Action: failed
                        Status: 5.1.1

                        --b2--
                        """), Kind.DSN, List.of(Expected.of("nobody@example.net", "5.1.1", 550,
                        "550 5.1.1 <nobody@example.net>: Recipient address rejected"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsGmailReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "gmail", expected);
    }
}
