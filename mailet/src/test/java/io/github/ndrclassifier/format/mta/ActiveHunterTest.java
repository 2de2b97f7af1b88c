package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;

class ActiveHunterTest {
    private final ActiveHunter activeHunter = new ActiveHunter();

    @Test
    void readsTheMarkedAddressAndTheReplyBelowIt() {
        MessageView message = Messages.view("""
                From: "MAILER-DAEMON" <MAILER-DAEMON@example.org>
                Subject: FAILURE NOTICE : Hello
                X-AHMAILID: 20110429T233445+0900-0000-0000D0-AAA-FF
                Content-Type: text/plain

                The original message was received at Thu, 29 Apr 2011 23:34:45 +0900
                from example.co.jp

                  ----- The following addresses had permanent fatal errors -----

                >>> kijitora@example.org <kijitora@example.org>

                  ----- Transcript of session follows -----
                550 sorry, no mailbox here by that name (#5.1.1 - chkusr)
                """);

        assertThat(activeHunter.matches(message)).isTrue();
        Expect.check(activeHunter.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.org")
                .diagnostic("550 sorry, no mailbox here by that name (#5.1.1 - chkusr)")));
    }

    @Test
    void otherMailIsNotActiveHunter() {
        assertThat(activeHunter.matches(Messages.plain("MAILER-DAEMON@example.org",
                "Returned mail: see transcript for details", "text"))).isFalse();
    }
}
