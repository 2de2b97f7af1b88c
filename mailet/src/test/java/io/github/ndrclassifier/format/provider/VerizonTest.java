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

class VerizonTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("SMS gateway", message("""
                        From: post_master@vtext.com
                        To: sender@example.org
                        Subject: Re:Hello
                        """, """
                        Error: Invalid user address

                        Error message below:
                        550 - Requested action not taken: no such user here

                        Message details:
                          Subject: Hello
                          MAIL FROM: sender@example.org
                          RCPT TO: 5550100@vtext.com
                        """), Kind.NDR, List.of(Expected.of("5550100@vtext.com", "5.0.0", 550,
                        "550 - Requested action not taken: no such user here").action(Action.FAILED)
                        .reason(Reason.USERUNKNOWN))),
                Arguments.of("MMS gateway", message("""
                        From: MMSC NDR Administrator <sysadmin@m01.vzwpix.com>
                        To: sender@example.jp
                        Subject: Undeliverable Message
                        """, """
                        Message could not be delivered to mobile.
                        Error: No valid recipients for this MM


                        Original Message:
                        From: Sender <sender@example.jp>
                        To: 5550100@vzwpix.com
                        Subject: test
                        """), Kind.NDR, List.of(Expected.of("5550100@vzwpix.com", "5.0.0", null,
                        "No valid recipients for this MM").reason(Reason.USERUNKNOWN))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsVerizonReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "verizon", expected);
    }
}
