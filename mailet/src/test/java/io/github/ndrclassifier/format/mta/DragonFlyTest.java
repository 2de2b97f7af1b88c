package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.report.Reason;

class DragonFlyTest {
    private final DragonFly dragonFly = new DragonFly();

    private static MessageView bounce(String detail) {
        return Messages.plain("MAILER-DAEMON <>", "Mail delivery failed", """
                This is the DragonFly Mail Agent v0.13 at df.example.jp.

                There was an error delivering your mail to <kijitora@example.org>.

                """ + detail + """

                Message headers follow.

                Subject: hello
                To: <kijitora@example.org>
                """);
    }

    @Test
    void readsTheRemoteReplyAndTheCommandItAnswered() {
        MessageView message = bounce("""
                mx.example.org [192.0.2.25] did not like our final DATA:
                550 5.7.509 Access denied, sending domain does not pass DMARC verification
                """);

        assertThat(dragonFly.matches(message)).isTrue();
        Expect.check(dragonFly.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.org")
                .command("DATA").remote("mx.example.org")
                .diagnostic("550 5.7.509 Access denied, sending domain does not pass DMARC verification")));
    }

    @Test
    void readsARefusedRecipient() {
        Expect.check(dragonFly.read(bounce("""
                mx.example.org [192.0.2.25] did not like our RCPT TO:
                550 5.1.1 <kijitora@example.org>: Recipient address rejected: User unknown
                """)).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.org").command("RCPT")
                .diagnostic("550 5.1.1 <kijitora@example.org>: Recipient address rejected: User unknown")));
    }

    @Test
    void theErrorEndsWhereTheWholeReturnedMessageBegins() {
        MessageView message = Messages.plain("MAILER-DAEMON <>", "Mail delivery failed", """
                This is the DragonFly Mail Agent v0.13 at df.example.jp.

                There was an error delivering your mail to <kijitora@example.org>.

                mx.example.org [192.0.2.25] did not like our RCPT TO:
                552 5.2.2 <kijitora@example.org>: Recipient address rejected: Mailbox full

                Original message follows.

                Subject: hello
                To: <kijitora@example.org>

                the original's own text
                """);

        Expect.check(dragonFly.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.org")
                .command("RCPT").remote("mx.example.org")
                .diagnostic("552 5.2.2 <kijitora@example.org>: Recipient address rejected: Mailbox full")));
    }

    @Test
    void itsQueueTimeoutIsAnExpiry() {
        var facts = dragonFly.read(bounce("Could not deliver for the last 432000 seconds. Giving up.\n"))
                .orElseThrow().recipients().get(0);

        assertThat(facts.reasonHint()).contains(Reason.EXPIRED);
        assertThat(facts.diagnostic()).contains("Could not deliver for the last 432000 seconds. Giving up.");
    }
}
