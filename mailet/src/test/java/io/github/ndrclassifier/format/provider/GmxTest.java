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

import io.github.ndrclassifier.report.Kind;

class GmxTest {
    private static final String HEADER = """
            From: MAILER-DAEMON@mail.gmx.com
            To: sender@gmx.com
            Subject: Mail delivery failed: returning message to sender
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("host on its own line", message(HEADER, """
                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of
                        its recipients. This is a permanent error. The following address
                        failed:

                        "full@example.jp":
                        SMTP error from remote server after RCPT command:
                        host: mx.example.jp
                        5.2.2 <full@example.jp>... Mailbox Full


                        --- The header of the original message is following. ---
                        """), Kind.NDR, List.of(Expected.of("full@example.jp", "5.2.2", null,
                        "5.2.2 <full@example.jp>... Mailbox Full").command("RCPT").remoteMta("mx.example.jp"))),
                Arguments.of("GMX's own reason", message(HEADER, """
                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of
                        its recipients. This is a permanent error. The following address
                        failed:

                        <late@example.co.jp>

                        Reason:
                        delivery retry timeout exceeded

                        --- The header of the original message is following. ---
                        """), Kind.NDR, List.of(Expected.of("late@example.co.jp", "5.0.0", null,
                        "delivery retry timeout exceeded"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsGmxReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "gmx", expected);
    }
}
