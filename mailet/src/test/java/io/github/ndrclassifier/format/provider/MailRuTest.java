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

class MailRuTest {
    private static final String HEADER = """
            From: mailer-daemon@corp.mail.ru
            To: sender@mail.ru
            Subject: Mail failure.
            X-Failed-Recipients: full@example.jp, gone@example.jp
            Auto-Submitted: auto-replied
            Content-Type: text/plain; charset=utf-8
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("two recipients with remote replies", message(HEADER, """
                        Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.

                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of its
                        recipients. This is a permanent error. The following address(es) failed:

                          full@example.jp
                            SMTP error from remote mail server after RCPT TO:<full@example.jp>:
                            host mx.example.jp [192.0.2.12]: 550 5.2.2 <full@example.jp>... Mailbox Full
                          gone@example.jp
                            SMTP error from remote mail server after end of data:
                            host mx.example.jp [192.0.2.12]: 550 5.1.1
                            <gone@example.jp>... User Unknown

                        ------ This is a copy of the message, including all the headers. ------
                        """), Kind.NDR, List.of(
                        Expected.of("full@example.jp", "5.2.2", 550, "550 5.2.2 <full@example.jp>... Mailbox Full")
                                .command("RCPT").remoteMta("mx.example.jp").action(Action.FAILED),
                        Expected.of("gone@example.jp", "5.1.1", 550, "550 5.1.1 <gone@example.jp>... User Unknown")
                                .command("DATA").remoteMta("mx.example.jp"))),
                Arguments.of("a local error without a remote host", message(HEADER, """
                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of its
                        recipients. This is a permanent error. The following address(es) failed:

                          nyan@example.org
                            Unrouteable address

                        ------ This is a copy of the message, including all the headers. ------
                        """), Kind.NDR, List.of(Expected.of("nyan@example.org", "5.0.0", null, "Unrouteable address"))),
                Arguments.of("Exim giving up after retrying: a temporary failure that expired", message(HEADER, """
                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of its
                        recipients. This is a permanent error. The following address(es) failed:

                          slow@example.org
                            retry timeout exceeded

                        ------ This is a copy of the message, including all the headers. ------
                        """), Kind.NDR, List.of(Expected.of("slow@example.org", "4.4.7", null, "retry timeout exceeded")
                        .reason(Reason.EXPIRED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsMailRuReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "mailru", expected);
    }
}
