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

class ZohoTest {
    private static final String HEADER = """
            From: mailer-daemon@mail.zoho.com
            To: sender@zoho.example.com
            Subject: Undelivered Mail Returned to Sender
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("error code lines", message(HEADER, """
                        This message was created automatically by mail delivery software.
                        A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.\s

                        one@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <one@example.co.jp>... User Unknown
                        two@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken: mailbox unavailable


                        Received:from mail.zoho.com by mx.zohomail.com
                        Message-ID:<14a3e1d1c33.f7b5d16d10424.9039632619844387192@zoho.example.com>
                        To:<one@example.co.jp>, <two@example.org>
                        """), Kind.NDR, List.of(
                        Expected.of("one@example.co.jp", "5.2.1", 550, "550 5.2.1 <one@example.co.jp>... User Unknown"),
                        Expected.of("two@example.org", "5.0.0", 550, "550 Requested action not taken: mailbox unavailable"))),
                Arguments.of("delay warning", message(HEADER.replace("Undelivered Mail Returned to Sender",
                        "Mail Delivery Status Notification (Delay)"), """
                        This message was created automatically by mail delivery system.

                        THIS IS A WARNING MESSAGE ONLY.

                        ----- The following addresses had fatal errors -----\s
                        [Status: Error, Address: <far@example.co.jp>, ResponseCode 421, , Host not reachable.]

                        Message will be retried for 4 more day(s)
                        """), Kind.NDR, List.of(Expected.of("far@example.co.jp", "4.0.0", 421, "421 Host not reachable.")
                        .action(Action.DELAYED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsZohoReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "zoho", expected);
    }
}
