package io.github.ndrclassifier.format.provider;

import static io.github.ndrclassifier.format.provider.ProviderReports.Expected;
import static io.github.ndrclassifier.format.provider.ProviderReports.assertReport;
import static io.github.ndrclassifier.format.provider.ProviderReports.classify;
import static io.github.ndrclassifier.format.provider.ProviderReports.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;

class EzwebTest {
    private static final String HEADER = """
            From: Postmaster@ezweb.ne.jp
            To: <sender@example.jp>
            Subject: Mail System Error - Returned Mail
            Content-Type: text/plain; charset=UTF-8
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("SMTP exchange per recipient", message(HEADER, """
                        次のあて先へのメッセージはエラーのため送信できませんでした。

                        Each of the following recipients was rejected by a remote
                        mail server.

                            Recipient: <nobody@ezweb.ne.jp>
                            >>> RCPT TO:<nobody@ezweb.ne.jp>
                            <<< 550 <nobody@ezweb.ne.jp>: User unknown
                        """), Kind.NDR, List.of(Expected.of("nobody@ezweb.ne.jp", "5.0.0", 550,
                        "550 <nobody@ezweb.ne.jp>: User unknown").command("RCPT").action(Action.FAILED)
                        .reason(Reason.USERUNKNOWN))),
                Arguments.of("expiry sentence and a listed address", message(HEADER, """
                        Your message was not delivered within 0 days and 1 hours.
                        Remote host is not responding.

                        The following recipients did not receive this message:

                        <slow@ezweb.ne.jp>
                        """), Kind.NDR, List.of(Expected.of("slow@ezweb.ne.jp", "5.0.0", null,
                        "Your message was not delivered within 0 days and 1 hours. Remote host is not responding.")
                        .reason(Reason.EXPIRED))),
                Arguments.of("address, then the original after a dashed line", message(HEADER, """
                        <filtered@ezweb.ne.jp>

                        Each of the following recipients was rejected by a remote mail server.
                        ---------------------------------------------------
                        From: sender@example.jp
                        To: filtered@ezweb.ne.jp
                        """), Kind.NDR, List.of(Expected.of("filtered@ezweb.ne.jp", "5.0.0", null,
                        "Each of the following recipients was rejected by a remote mail server.")
                        .reason(Reason.FILTERED))),
                Arguments.of("a DSN gets its reply and command from the text", message("""
                        From: Mail Administrator <Postmaster@ezweb.ne.jp>
                        Subject: Mail System Error - Returned Mail
                        MIME-Version: 1.0
                        Content-Type: multipart/report; report-type=delivery-status; boundary="e1"
                        """, """
                        --e1
                        Content-Type: text/plain; charset=UTF-8

                        The user(s) account is disabled.

                        <off@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)

                        --e1
                        Content-Type: message/delivery-status

                        Reporting-MTA: dns; lsean.ezweb.ne.jp

                        Final-Recipient: rfc822; off@ezweb.ne.jp
                        Action: failed
                        Status: 5.0.0

                        --e1--
                        """), Kind.DSN, List.of(Expected.of("off@ezweb.ne.jp", "5.0.0", 550, "550 user unknown")
                        .command("RCPT"))));
    }

    @Test
    void aDisabledAccountIsSuspended() {
        var report = classify(message(HEADER, "The user(s) account is disabled.\n\n<off@ezweb.ne.jp>: 550 user unknown\n"));
        assertThat(report.recipients().get(0).reason())
                .isEqualTo(Reason.SUSPEND);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsEzwebReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "ezweb", expected);
    }
}
