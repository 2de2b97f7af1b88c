package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Unknown user: tama@example.com;userunknown",
        "User mailbox exceeds allowed size: tama@example.com;mailboxfull"})
    void imailsOwnVerdictOnItsMailboxesStatesTheReason(String line, String reason) {
        MessageView message = bounce(line + "\n\nOriginal message follows.\n");

        assertThat(iMail.read(message).orElseThrow().recipients().get(0).reasonHint().map(Reason::value))
                .contains(reason);
    }

    @Test
    void aRemoteReplyLeavesTheReasonToTheReply() {
        MessageView message = bounce("""
                Unknown user: tama@example.com

                Body of message generated response:
                550 5.7.1 Message rejected as spam

                """);

        assertThat(iMail.read(message).orElseThrow().recipients().get(0).reasonHint()).isEmpty();
    }

    @Test
    void givingUpAfterRetriesIsAnExpiry() {
        MessageView message = bounce("Delivery failed 20 attempts: kijitora@example.com\n\nOriginal message follows.\n");

        assertThat(iMail.read(message).orElseThrow().recipients().get(0).reasonHint()).contains(Reason.EXPIRED);
    }
}
