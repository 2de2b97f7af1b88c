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

class GoogleGroupsTest {
    private static final String HEADER = """
            From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
            To: poster@example.jp
            Subject: Delivery Status Notification (Failure)
            Auto-Submitted: auto-replied
            Content-Type: text/plain; charset="UTF-8"
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("English notice", message(HEADER + "X-Failed-Recipients: cats@googlegroups.com\n", """
                        Hello poster@example.jp,

                        We're writing to let you know that the group you tried to contact (cats) may not exist, or you may not have permission to post messages to the group.

                        Thanks,

                        Google Groups

                        ----- Original message -----
                        """), Kind.NDR, List.of(Expected.of("cats@googlegroups.com", "5.0.0", null,
                        "We're writing to let you know that the group you tried to contact (cats) may not exist, or you may not have permission to post messages to the group.")
                        .action(Action.FAILED))),
                Arguments.of("a group on its own domain, in German", message(HEADER + "X-Failed-Recipients: team@lists.example.de\n", """
                        Hallo poster@example.jp,

                        Sie erhalten diese E-Mail, weil die Gruppe, die Sie kontaktieren möchten (team), möglicherweise nicht vorhanden ist.

                        Hilfe finden Sie unter https://groups.google.com/support/.
                        """), Kind.NDR, List.of(Expected.of("team@lists.example.de", "5.0.0", null,
                        "Sie erhalten diese E-Mail, weil die Gruppe, die Sie kontaktieren möchten (team), möglicherweise nicht vorhanden ist."))));
    }

    @Test
    void theRefusalIsStatedAsRejected() {
        var report = classify(message(HEADER + "X-Failed-Recipients: cats@googlegroups.com\n",
                "Hello,\n\nThe group (cats) may not exist.\n"));
        assertThat(report.recipients().get(0).reason())
                .isEqualTo(Reason.REJECTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsGoogleGroupsReports(String name, String message, Kind kind, List<Expected> expected) {
        assertReport(classify(message), kind, "googlegroups", expected);
    }
}
