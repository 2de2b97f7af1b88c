package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;

class MessagingServerTest {
    @Test
    void readsTheFieldsOfEachRecipient() {
        MessageView message = Messages.plain("PMDF e-Mail Interconnect <MAILER-DAEMON@example.net>",
                "Delivery Notification: Delivery has failed", """
                This report relates to a message you sent with the following header fields:

                  Message-id: <0000@example.org>
                  To: nekochan@example.org

                Your message cannot be delivered to the following recipients:

                  Recipient address: sabineko@example.org
                  Reason: Remote SMTP server has rejected address
                  Diagnostic code: smtp; 550 5.7.1 User Unknown: sabineko@example.org
                  Remote system: dns; mailbox0.example.org (TCP|192.0.2.225|34321|192.0.2.12|25)
                  Recipient address: @smtp.example.net:kijitora@server
                  Original address: kijitora@example.net
                  Reason: Illegal host/domain name found

                """);
        MessagingServer server = new MessagingServer();

        assertThat(server.matches(message)).isTrue();
        Expect.check(server.read(message).orElseThrow().recipients(), List.of(
                Expect.rcpt("sabineko@example.org").remote("mailbox0.example.org")
                        .diagnostic("550 5.7.1 User Unknown: sabineko@example.org"),
                Expect.rcpt("kijitora@example.net").diagnostic("Illegal host/domain name found")));
    }
}
