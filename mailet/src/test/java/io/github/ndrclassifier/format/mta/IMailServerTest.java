package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.report.Reason;

class IMailServerTest {
    private final IMailServer iMail = new IMailServer();

    private static MessageView bounce(String body) {
        return Messages.view("From: \"Postmaster\" <postmaster@example.org>\nSubject: Undeliverable Mail\n"
                + "X-Mailer: <SMTP32 v8.22>\nContent-Type: text/plain\n\n" + body);
    }

    @Test
    void readsTheErrorAndTheAddress() {
        MessageView message = bounce("Unknown user: kijitora@example.com\n\n\nOriginal message follows.\n\nTo: x@example.org\n");

        assertThat(iMail.matches(message)).isTrue();
        Expect.check(iMail.read(message).orElseThrow().recipients(),
                List.of(Expect.rcpt("kijitora@example.com").diagnostic("Unknown user")));
    }

    @Test
    void theRemoteResponseIsTheDiagnostic() {
        MessageView message = bounce("""
                To: shironeko@example.org
                Subject: Undeliverable Mail

                undeliverable to kijitora@example.jp

                Body of message generated response:
                550-REJECTED - Blacklisted URL in message.
                550 See http://lookup.example.org.

                """);

        Expect.check(iMail.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.jp")
                .diagnostic("550-REJECTED - Blacklisted URL in message. 550 See http://lookup.example.org.")));
    }

    @Test
    void givingUpAfterRetriesIsAnExpiry() {
        MessageView message = bounce("Delivery failed 20 attempts: kijitora@example.com\n\nOriginal message follows.\n");

        assertThat(iMail.read(message).orElseThrow().recipients().get(0).reasonHint()).contains(Reason.EXPIRED);
    }
}
