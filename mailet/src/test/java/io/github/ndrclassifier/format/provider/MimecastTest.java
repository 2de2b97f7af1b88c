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

class MimecastTest {
    private static final String HEADER = """
            From: "postmaster" <postmaster@example.org>
            To: sender@example.jp
            Subject: [Postmaster] Email Delivery Failure
            Message-Id: <0123456789-1102117314000@us-mta-587.us.mimecast.lan>
            X-MC-System: =UmV0dXJuLVBhdGg6IDw+
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("address and additional information", message(HEADER, """
                        This is an automated alert notification. Please do not reply.

                        An email that you attempted to send to the following address could not be delivered:
                        -- gone@example.org

                        The problem appears to be :
                        -- Recipient email address is possibly incorrect

                        Additional information follows :
                        -- 5.4.1 Recipient address rejected: Access denied.

                        This condition occurred after 1 attempt(s) to deliver over
                        a period of 0 hour(s).
                        """), Kind.NDR, List.of(Expected.of("gone@example.org", "5.4.1", null,
                        "5.4.1 Recipient address rejected: Access denied.").action(Action.FAILED))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsMimecastReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "mimecast", expected);
    }
}
