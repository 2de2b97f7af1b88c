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

class YahooTest {
    private static final String HEADER = """
            From: MAILER-DAEMON@yahoo.com
            To: sender@yahoo.com
            Subject: Failure Notice
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("remote host said, with the failed step", message(HEADER, """
                        Sorry, we were unable to deliver your message to the following address.

                        <nobody@example.org>:
                        Remote host said: 550 5.1.1 <nobody@example.org>... User Unknown [RCPT_TO]

                        --- Below this line is a copy of the message.

                        To: nobody@example.org
                        """), Kind.NDR, List.of(Expected.of("nobody@example.org", "5.1.1", 550,
                        "550 5.1.1 <nobody@example.org>... User Unknown").command("RCPT").action(Action.FAILED))),
                Arguments.of("reply on its own lines", message(HEADER, """
                        Sorry, we were unable to deliver your message to the following address.

                        <full@example.co.jp>:
                        Remote host said:
                        552 5.2.2 <full@example.co.jp>... Mailbox Full
                        [DATA]

                        --- Below this line is a copy of the message.
                        """), Kind.NDR, List.of(Expected.of("full@example.co.jp", "5.2.2", 552,
                        "552 5.2.2 <full@example.co.jp>... Mailbox Full").command("DATA"))),
                Arguments.of("code and colon, two recipients", message(HEADER, """
                        Sorry, we were unable to deliver your message to the following address.

                        <a@example.jp>:
                        550: : User unknown

                        <b@example.net>:
                        501: 5.1.8 Sender address rejected

                        --- Below this line is a copy of the message.
                        """), Kind.NDR, List.of(Expected.of("a@example.jp", "5.0.0", 550, "550 User unknown"),
                        Expected.of("b@example.net", "5.1.8", 501, "501 5.1.8 Sender address rejected"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsYahooReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "yahoo", expected);
    }
}
