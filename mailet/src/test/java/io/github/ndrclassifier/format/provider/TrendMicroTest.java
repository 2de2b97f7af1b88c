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

class TrendMicroTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("SMTP exchange", message("""
                        From: "InterScan MSS" <postmaster@example.co.jp>
                        To: sender@example.jp
                        Subject: Undeliverable
                        """, """
                        Sent <<< RCPT TO:<gone@example.co.jp>
                        Received >>> 550 5.1.1 <gone@example.co.jp>... user unknown
                        """), Kind.NDR, List.of(Expected.of("gone@example.co.jp", "5.1.1", 550,
                        "550 5.1.1 <gone@example.co.jp>... user unknown").command("RCPT").action(Action.FAILED))),
                Arguments.of("InterScan's own verdict: the next hop refused the addresses", message("""
                        From: postmaster@example.com ("Postmaster")
                        To: sender@example.jp
                        Subject: Mail could not be delivered
                        """, """
                        ****** Message from InterScan Messaging Security Suite ******

                        The following mail could not be delivered.
                        Reason:  Unable to deliver message to <far@example.jp> (and other recipients in the same domain).
                        """), Kind.NDR, List.of(Expected.of("far@example.jp", "5.0.0", null,
                        "Unable to deliver message to <far@example.jp> (and other recipients in the same domain).")
                        .reason(Reason.USERUNKNOWN))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTrendMicroReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "trendmicro", expected);
    }
}
