package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;

class ApacheJamesTest {
    @Test
    void readsTheErrorAndTheEnvelopeRecipients() {
        MessageView message = Messages.plain("postmaster@example.com", "Re:Test message", """
                Error: Invalid user address

                Error message below:
                550 - Requested action not taken: no such user here

                Message details:
                  Subject: Test message
                  MAIL FROM: kijitora@example.com
                  RCPT TO: neko@example.net
                  From: shironeko@example.com
                  Size (in bytes): 39

                """);
        ApacheJames james = new ApacheJames();

        assertThat(james.matches(message)).isTrue();
        Expect.check(james.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("neko@example.net")
                .diagnostic("550 - Requested action not taken: no such user here")));
    }
}
