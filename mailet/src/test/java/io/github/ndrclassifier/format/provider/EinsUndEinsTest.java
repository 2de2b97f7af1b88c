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

class EinsUndEinsTest {
    private static final String HEADER = """
            From: "Mail Delivery System" <mailer-daemon@kundenserver.de>
            To: sender@example.fr
            Subject: Mail delivery failed: returning message to sender
            Auto-Submitted: auto-replied
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("remote error for TEXT command", message(HEADER, """
                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of
                        its recipients. This is a permanent error. The following address(es)
                        failed:

                        sender@example.fr:
                        SMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.65) reason: 550 5.2.0 Mail rejected. ofr_506 [506]



                        --- The header of the original message is following. ---
                        """), Kind.NDR, List.of(Expected.of("sender@example.fr", "5.2.0", 550,
                        "550 5.2.0 Mail rejected. ofr_506 [506]").command("DATA").remoteMta("smtp-in.example.fr"))),
                Arguments.of("1&1's own reason", message(HEADER, """
                        This message was created automatically by mail delivery software.

                        A message that you sent could not be delivered to one or more of
                        its recipients. This is a permanent error.

                        The following address failed:

                        big@example.org

                        For the following reason:

                        Mail size limit exceeded. For explanation visit
                        http://postmaster.1and1.com/en/error-messages

                        --- The header of the original message is following. ---
                        """), Kind.NDR, List.of(Expected.of("big@example.org", "5.0.0", null,
                        "Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsEinsUndEinsReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "einsundeins", expected);
    }
}
