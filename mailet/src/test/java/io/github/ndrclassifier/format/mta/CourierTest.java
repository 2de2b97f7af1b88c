package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.format.MessageView;

class CourierTest {
    @Test
    void readsTheHostTheCommandAndTheReply() {
        MessageView message = Messages.plain("postmaster@example.org", "NOTICE: mail delivery status.", """
                This is a delivery status notification from mx.example.org,
                running the Courier mail server, version 0.65.2.

                                           UNDELIVERABLE MAIL

                Your message to the following recipients cannot be delivered:

                <kijitora@example.jp>:
                    mfsmax.example.jp [192.0.2.45]:
                >>> DATA
                <<< 550 5.7.1 can't determine Purported Responsible Address

                ---------------------------------------------------------------------------
                """);
        Courier courier = new Courier();

        assertThat(courier.matches(message)).isTrue();
        Expect.check(courier.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.jp")
                .remote("mfsmax.example.jp").command("DATA")
                .diagnostic("550 5.7.1 can't determine Purported Responsible Address")));
    }
}
