package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.report.Reason;

class X3Test {
    private final X3 x3 = new X3();

    private static MessageView notice(String outcome, String details) {
        return Messages.plain("Mail Delivery System <Mail.Delivery.System@mx.example.com>", "Delivery status notification",
                """
                ============================================================================
                      This is an automatically generated Delivery Status Notification.

                """ + outcome + """

                   * kijitora@example.co.jp


                ============================================================================
                                             Technical details:

                """ + details + """


                ============================================================================
                """);
    }

    @Test
    void readsTheRecipientAndTheRemoteReply() {
        MessageView message = notice("Delivery to the following recipients failed permanently:",
                "SMTP:RCPT host 192.0.2.233: 553 5.3.0 <kijitora@example.co.jp>... No such user here");

        assertThat(x3.matches(message)).isTrue();
        Expect.check(x3.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.co.jp")
                .command("RCPT").remote("192.0.2.233").diagnostic("553 5.3.0 <kijitora@example.co.jp>... No such user here")));
    }

    @Test
    void anAbortAfterHoursIsAnExpiry() {
        MessageView message = notice("Delivery to the following recipients was aborted after 5.0 hour(s):",
                "Routing: Could not find a gateway for kijitora@example.co.jp");

        var facts = x3.read(message).orElseThrow().recipients().get(0);
        assertThat(facts.reasonHint()).contains(Reason.EXPIRED);
        assertThat(facts.diagnostic()).contains("Routing: Could not find a gateway for kijitora@example.co.jp");
    }
}
