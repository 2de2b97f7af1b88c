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

class MxLogicTest {
    private static final String HEADER = """
            From: Mail Delivery System <MAILER-DAEMON@relay1.mxlogic.net>
            To: sender@example.jp
            Subject: Mail delivery failed
            Message-Id: <mxl~0000.0000.0000@relay1.mxlogic.net>
            X-MX-Bounce: mta/src/queue/bounce
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("address and reply on one line, listed again", message(HEADER, """
                        This message was created automatically by mail delivery software.

                        A message that you have sent could not be delivered to one or more
                        recipients.  This is a permanent error.  The following address failed:

                          <nobody@example.co.jp>: 550 5.1.1 <nobody@example.co.jp>: Recipient address rejected: User unknown
                        <nobody@example.co.jp>



                        Included is a copy of the message header:
                        -----------------------------------------
                        To: nobody@example.co.jp
                        """), Kind.NDR, List.of(Expected.of("nobody@example.co.jp", "5.1.1", 550,
                        "550 5.1.1 <nobody@example.co.jp>: Recipient address rejected: User unknown")
                        .action(Action.FAILED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsMxLogicReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "mxlogic", expected);
    }
}
