package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;

class X1Test {
    @Test
    void readsTheAddressAndTheBracketedError() {
        MessageView message = Messages.plain("\"Mail Deliver System\" <MAILER-DAEMON>", "Returned Mail: User unknown", """
                The original message was received at Thu, 29 Apr 2011 23:34:45 +0900 (JST)
                from shironeko@example.co.jp

                ---The following addresses had delivery errors---

                kijitora@example.org [User unknown]
                mikeneko@example.org [Connection timed out]

                """);
        X1 x1 = new X1();

        assertThat(x1.matches(message)).isTrue();
        Expect.check(x1.read(message).orElseThrow().recipients(), List.of(
                Expect.rcpt("kijitora@example.org").diagnostic("User unknown"),
                Expect.rcpt("mikeneko@example.org").diagnostic("Connection timed out")));
    }
}
