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

class AmazonWorkMailTest {
    private static final String HEADER = """
            From: MAILER-DAEMON@us-west-2.amazonses.com
            To: sender@example.awsapps.com
            Subject: Delivery Status Notification (Failure)
            X-Mailer: Amazon WorkMail
            X-SES-Outgoing: 2016.01.14-54.240.27.6
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("technical report", message(HEADER, """
                        An error occurred while trying to deliver the mail to the following recipients:
                        nobody@example.jp

                        Technical report:

                        Reporting-MTA: dsn; a27-80.smtp-out.us-west-2.amazonses.com

                        Action: failed
                        Final-Recipient: rfc822; nobody@example.jp
                        Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.jp>... User Unknown
                        Status: 5.1.1
                        """), Kind.NDR, List.of(Expected.of("nobody@example.jp", "5.1.1", 550,
                        "550 5.1.1 <nobody@example.jp>... User Unknown").action(Action.FAILED))),
                Arguments.of("expiry frames the last remote reply", message(HEADER, """
                        An error occurred while trying to deliver the mail to the following recipients:
                        far@example.org

                        Technical report:

                        Reporting-MTA: dsn; a27-130.smtp-out.us-west-2.amazonses.com

                        Action: failed
                        Final-Recipient: rfc822; far@example.org
                        Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>
                        Status: 4.4.7
                        """), Kind.NDR, List.of(Expected.of("far@example.org", "4.4.2", 421,
                        "421 4.4.2 Connection timed out"))));
    }

    @Test
    void expiryIsTheStatedReason() {
        var report = classify(message(HEADER, """
                Technical report:

                Action: failed
                Final-Recipient: rfc822; far@example.org
                Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>
                Status: 4.4.7
                """));
        assertThat(report.recipients().get(0).reason())
                .isEqualTo(Reason.EXPIRED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsAmazonWorkMailReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "amazonworkmail", expected);
    }
}
