package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.format.MessageView;

class QmailTest {
    private static final String HEAD = """
            Hi. This is the qmail-send program at mx.example.jp.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            """;
    private static final String COPY = """

            --- Below this line is a copy of the message.

            Return-Path: <sender@example.jp>
            To: <someone@example.org>
            """;

    private final Qmail qmail = new Qmail();

    static Stream<Arguments> bounces() {
        return Stream.of(
                Arguments.of("recipient refused", HEAD + """
                        <kijitora@example.jp>:
                        192.0.2.153 does not like recipient.
                        Remote host said: 550 5.1.1 <kijitora@example.jp>... User Unknown
                        Giving up on 192.0.2.153.

                        <mikeneko@example.jp>:
                        192.0.2.153 does not like recipient.
                        Remote host said: 452 4.2.2 Mailbox full
                        Giving up on 192.0.2.153.
                        """ + COPY, List.of(
                        Expect.rcpt("kijitora@example.jp").command("RCPT").remote("192.0.2.153")
                                .diagnostic("550 5.1.1 <kijitora@example.jp>... User Unknown"),
                        Expect.rcpt("mikeneko@example.jp").command("RCPT").remote("192.0.2.153")
                                .diagnostic("452 4.2.2 Mailbox full"))),
                Arguments.of("message refused after DATA", HEAD + """
                        <neko@example.com>:
                        192.0.2.27 failed after I sent the message.
                        Remote host said: 550 5.7.26 Unauthenticated email is not accepted
                        """ + COPY, List.of(Expect.rcpt("neko@example.com").command("DATA").remote("192.0.2.27")
                        .diagnostic("550 5.7.26 Unauthenticated email is not accepted"))),
                Arguments.of("our HELO name refused", HEAD + """
                        <kijitora@example.net>:
                        Connected to 192.0.2.112 but my name was rejected.
                        Remote host said: 501 5.0.0 Invalid domain name
                        I'm not going to try again; this message has been in the queue too long.
                        """ + COPY, List.of(Expect.rcpt("kijitora@example.net").command("HELO").remote("192.0.2.112")
                        .diagnostic("501 5.0.0 Invalid domain name"))),
                Arguments.of("no connection at all", HEAD + """
                        <kijitora@example.jp>:
                        Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
                        I'm not going to try again; this message has been in the queue too long.
                        """ + COPY, List.of(Expect.rcpt("kijitora@example.jp").command("CONN").diagnostic(
                        "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) "
                                + "I'm not going to try again; this message has been in the queue too long."))),
                Arguments.of("copy marker in capitals right after the paragraph", HEAD + """
                        <neko@example.com>:
                        Sorry, no mailbox here by that name. (#5.1.1)
                          --- BELOW THIS LINE IS A COPY OF THE MESSAGE.
                        <tora@example.com>:
                        Sorry, no mailbox here by that name. (#5.1.1)
                        """, List.of(Expect.rcpt("neko@example.com")
                        .diagnostic("Sorry, no mailbox here by that name. (#5.1.1)"))),
                Arguments.of("qmail's own error", HEAD + """
                        <neko@nyaan.example>:
                        Sorry, I couldn't find any host named nyaan.example. (#5.1.2)
                        """ + COPY, List.of(Expect.rcpt("neko@nyaan.example")
                        .diagnostic("Sorry, I couldn't find any host named nyaan.example. (#5.1.2)"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounces")
    void readsEachRecipientParagraph(String name, String body, List<Expect> expected) {
        MessageView message = Messages.plain("MAILER-DAEMON@mx.example.jp", "failure notice", body);

        assertThat(qmail.matches(message)).isTrue();
        Expect.check(qmail.read(message).orElseThrow().recipients(), expected);
    }

    @Test
    void theDerivativesReadTheSameParagraphs() {
        MessageView x2 = Messages.plain("MAILER-DAEMON@example.com", "failed delivery", """
                Message from example.com.
                Unable to deliver message to the following address(es).

                <kijitora@example.org>:
                Sorry, your message to kijitora@example.org cannot be delivered.  This account is over quota.

                --- Original message follows.
                """);
        MessageView x4 = Messages.plain("MAILER-DAEMON@email.example.jp", "failure notice", """
                Your mail message to the following address(es) could not be delivered. This
                is a permanent error. Please verify the addresses and try again.

                <kijitora@example.com>:
                child status 100...The e-mail message could not be delivered because the user's mailfolder is full.

                --- Below this line is a copy of the message.
                """);

        assertThat(new X2().matches(x2)).isTrue();
        assertThat(new X4().matches(x4)).isTrue();
        assertThat(qmail.matches(x2)).isFalse();
        Expect.check(new X2().read(x2).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.org")
                .diagnostic("Sorry, your message to kijitora@example.org cannot be delivered.  This account is over quota.")));
        Expect.check(new X4().read(x4).orElseThrow().recipients(), List.of(Expect.rcpt("kijitora@example.com")
                .diagnostic("child status 100...The e-mail message could not be delivered because the user's mailfolder is full.")));
    }
}
