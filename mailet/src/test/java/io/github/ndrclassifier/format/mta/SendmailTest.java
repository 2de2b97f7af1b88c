package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.MessageView;

class SendmailTest {
    private final Sendmail sendmail = new Sendmail();

    static Stream<Arguments> bounces() {
        return Stream.of(
                Arguments.of("reply to RCPT in the transcript", """
                        The original message was received at Thu, 29 Apr 2010 23:34:45 +0900
                        from [192.0.2.31]

                           ----- The following addresses had permanent fatal errors -----
                        <kijitora@example.jp>
                            (reason: 550 5.1.1 <kijitora@example.jp>... User Unknown)

                           ----- Transcript of session follows -----
                        ... while talking to mx.example.jp.:
                        >>> RCPT To:<kijitora@example.jp>
                        <<< 550 5.1.1 <kijitora@example.jp>... User Unknown
                        550 5.1.1 <kijitora@example.jp>... User Unknown
                        """, List.of(Expect.rcpt("kijitora@example.jp").command("RCPT").remote("mx.example.jp")
                        .diagnostic("550 5.1.1 <kijitora@example.jp>... User Unknown"))),
                Arguments.of("reply to DATA, then an error about the next command", """
                           ----- The following addresses had permanent fatal errors -----
                        <kijitora@example.com>
                            (reason: 550 5.1.1 <kijitora@example.com>... User unknown)

                           ----- Transcript of session follows -----
                        ... while talking to mx.example.com.:
                        >>> DATA
                        <<< 552 5.2.2 Mailbox full
                        550 5.2.2 <kijitora@example.com>... Mailbox full
                        <<< 503 5.0.0 Need RCPT (recipient)
                        """, List.of(Expect.rcpt("kijitora@example.com").command("DATA").remote("mx.example.com")
                        .diagnostic("552 5.2.2 Mailbox full"))),
                Arguments.of("a local failure: the summary line, no remote host", """
                           ----- The following addresses had permanent fatal errors -----
                        <kijitora@example.org>
                            (reason: 550 Host unknown)

                           ----- Transcript of session follows -----
                        550 5.1.2 <kijitora@example.org>... Host unknown (Name server: mx.example.org: no data known)
                        """, List.of(Expect.rcpt("kijitora@example.org")
                        .diagnostic("550 5.1.2 <kijitora@example.org>... Host unknown (Name server: mx.example.org: no data known)"))),
                Arguments.of("a pipe expanded from an address: the address, and the mailer's error", """
                           ----- The following addresses had permanent fatal errors -----
                        "|/home/kijitora/mail/catch.pl"
                            (reason: 255)
                            (expanded from: <kijitora@example.jp>)

                           ----- Transcript of session follows -----
                        DBI connect failed: FATAL:  sorry, too many clients already
                        554 5.3.0 unknown mailer error 255
                        """, List.of(Expect.rcpt("kijitora@example.jp").diagnostic("554 5.3.0 unknown mailer error 255"))),
                Arguments.of("a reply to RCPT that no summary line repeats", """
                           ----- The following addresses had permanent fatal errors -----
                        <tama@example.net>

                           ----- Transcript of session follows -----
                        >>> RCPT TO:<tama@example.net>
                        <<< 553 Invalid recipient tama@example.net
                        """, List.of(Expect.rcpt("tama@example.net").command("RCPT")
                        .diagnostic("553 Invalid recipient tama@example.net"))),
                Arguments.of("a greeting refused before any command was sent", """
                           ----- The following addresses had permanent fatal errors -----
                        <mike@example.org>
                            (reason: 554 Your address is not welcome here)

                           ----- Transcript of session follows -----
                        ... while talking to mx1.example.org.:
                        <<< 554 Your address is not welcome here
                        554 5.0.0 Service unavailable
                        """, List.of(Expect.rcpt("mike@example.org").command("CONN").remote("mx1.example.org")
                        .diagnostic("554 Your address is not welcome here"))),
                Arguments.of("Sendmail giving up on its own: the address's line has no code", """
                           ----- The following addresses had permanent fatal errors -----
                        <kuro@example.com>

                           ----- Transcript of session follows -----
                        <kuro@example.com>... Deferred: Connection timed out with mx.example.com.
                        Message could not be delivered for 5 days
                        Message will be deleted from queue
                        """, List.of(Expect.rcpt("kuro@example.com")
                        .diagnostic("Deferred: Connection timed out with mx.example.com."))),
                Arguments.of("a deferral line without code after the reply it relays", """
                           ----- The following addresses had permanent fatal errors -----
                        <shiro@example.org>

                           ----- Transcript of session follows -----
                        ... while talking to mx.example.org.:
                        >>> MAIL From:<sender@example.jp>
                        <<< 450 4.7.1 Access denied. IP name lookup failed [192.0.2.9]
                        <shiro@example.org>... Deferred: 450 4.7.1 Access denied. IP name lookup failed [192.0.2.9]
                        Message could not be delivered for 2 hours
                        """, List.of(Expect.rcpt("shiro@example.org").command("MAIL").remote("mx.example.org")
                        .diagnostic("450 4.7.1 Access denied. IP name lookup failed [192.0.2.9]"))),
                Arguments.of("a bounce forwarded as quoted text", """
                        Begin forwarded message:

                        >    ----- The following addresses had permanent fatal errors -----
                        > <kijitora@example.com>
                        >     (reason: 550 5.1.1 <kijitora@example.com>... User unknown)
                        >
                        >    ----- Transcript of session follows -----
                        > ... while talking to mx.example.com.:
                        >>>> DATA
                        > <<< 550 5.1.1 <kijitora@example.com>... User unknown
                        > 550 5.1.1 <kijitora@example.com>... User unknown
                        """, List.of(Expect.rcpt("kijitora@example.com").command("DATA").remote("mx.example.com")
                        .diagnostic("550 5.1.1 <kijitora@example.com>... User unknown"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bounces")
    void readsTheAddressListAndTheTranscript(String name, String body, List<Expect> expected) {
        MessageView message = Messages.plain("Mail Delivery Subsystem <MAILER-DAEMON@example.jp>",
                "Returned mail: see transcript for details", body);

        assertThat(sendmail.matches(message)).isTrue();
        Expect.check(sendmail.read(message).orElseThrow().recipients(), expected);
    }

    @Test
    void aWarningsReplyCompletesTheReportsOnlyRecipient() {
        MessageView message = Messages.plain("Mail Delivery Subsystem <MAILER-DAEMON@example.jp>",
                "Warning: could not send message for past 4 hours", """
                            **********************************************
                            **      THIS IS A WARNING MESSAGE ONLY      **
                            **********************************************

                           ----- Transcript of session follows -----
                        451 4.0.0 Operating system error
                        Warning: message still undelivered after 4 hours
                        """);
        RecipientFacts fromReport = RecipientFacts.builder("nyaan@example.jp").action(Action.DELAYED).status("4.5.0")
                .diagnosticType("X-Unix").diagnostic("71").build();

        List<RecipientFacts> refined = sendmail.refine(message, List.of(fromReport));

        Expect.check(refined, List.of(Expect.rcpt("nyaan@example.jp").diagnostic("451 4.0.0 Operating system error")
                .status("4.5.0")));
    }

    @Test
    void otherMailIsNotSendmail() {
        assertThat(sendmail.matches(Messages.plain("friend@example.org", "lunch", "See you at noon."))).isFalse();
    }
}
