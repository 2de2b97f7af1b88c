package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;

class MailMarshalTest {
    @Test
    void readsTheReasonTheAffectedRecipientsAndTheRemoteMta() {
        MessageView message = Messages.plain("postmaster@example.com", "Undeliverable Mail: \"Hello\"", """
                Your message:
                   From:    sironeko@example.com
                   Subject: Hello

                Could not be delivered because of

                550 5.1.1 User unknown

                The following recipients were affected:\s
                    kijitora@example.net
                    mikeneko@example.net

                Additional Information
                ======================
                Original Sender:    <sironeko@example.com>
                Remote-MTA:\t\t\t<203.0.113.2>
                """);
        MailMarshal mailMarshal = new MailMarshal();

        assertThat(mailMarshal.matches(message)).isTrue();
        Expect.check(mailMarshal.read(message).orElseThrow().recipients(), List.of(
                Expect.rcpt("kijitora@example.net").diagnostic("550 5.1.1 User unknown").remote("203.0.113.2"),
                Expect.rcpt("mikeneko@example.net").diagnostic("550 5.1.1 User unknown").remote("203.0.113.2")));
    }
}
