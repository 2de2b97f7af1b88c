package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.format.FormatRecognizer;
import io.github.ndrclassifier.format.MessageView;

/** The older plain-text formats whose recipients come with one reason: each format's own layout. */
class LegacyFormatsTest {
    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of(new Exchange2003(), "Undeliverable: Hello", """
                        Your message

                          To:      shironeko@example.com
                          Subject: Hello

                        did not reach the following recipient(s):

                        kijitora@example.jp on Thu, 29 Apr 2010 00:00:00 -0000
                            The recipient name is not recognized
                            MSEXCH:IMS:NNN:KIJITORACAT:NEKO 0 (000C05A6)
                        Unknown Recipient
                        """, List.of(Expect.rcpt("kijitora@example.jp").diagnostic(
                        "The recipient name is not recognized MSEXCH:IMS:NNN:KIJITORACAT:NEKO 0 (000C05A6) Unknown Recipient"))),
                Arguments.of(new Domino(), "DELIVERY FAILURE: User not listed", """
                        Your message

                          Subject: Test Bounce

                        was not delivered to:

                          kijitora@example.jp

                        because:

                          User some.name (kijitora@example.jp) not listed in Domino Directory
                        """, List.of(Expect.rcpt("kijitora@example.jp")
                        .diagnostic("User some.name (kijitora@example.jp) not listed in Domino Directory"))),
                Arguments.of(new Notes(), "Undeliverable message", """
                        ------- Failure Reasons  --------

                        User  not listed in public Name & Address Book
                        kijitora@example.com


                        ------- Returned Message --------
                        To: shironeko@example.com
                        """, List.of(Expect.rcpt("kijitora@example.com")
                        .diagnostic("User  not listed in public Name & Address Book"))),
                Arguments.of(new Biglobe(), "Returned mail: Service unavailable", """
                           ----- The following addresses had delivery problems -----
                        kijitora@example.ne.jp

                           ----- Non-delivered information -----
                        The number of messages in recipient's mailbox exceeded the local limit.
                        """, List.of(Expect.rcpt("kijitora@example.ne.jp")
                        .diagnostic("The number of messages in recipient's mailbox exceeded the local limit."))),
                Arguments.of(new MailFoundry(), "Message delivery has failed", """
                        Unable to deliver message to: <kijitora@example.org>
                        Delivery failed for the following reason:
                        Server mx22.example.org[192.0.2.222] failed with: 550 <kijitora@example.org> No such user here

                        This has been a permanent failure.  No further delivery attempts will be made.
                        """, List.of(Expect.rcpt("kijitora@example.org").remote("mx22.example.org")
                        .diagnostic("550 <kijitora@example.org> No such user here"))),
                Arguments.of(new X6(), "There was an error sending your mail", """
                        We had trouble delivering your message. Full details follow:

                        1 error(s):

                        SMTP Server <smtpd.example.org> rejected recipient <kijitora@example.org> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]

                        The following recipients returned permanent errors: neko@example.net. Reason: SMTP Server <192.0.2.223> refused to accept your message (DATA), with the following error message: [554 5.4.6 Hop count exceeded - possible mail loop]

                        The attachment contains the original mail headers.
                        """, List.of(
                        Expect.rcpt("kijitora@example.org").remote("smtpd.example.org").command("RCPT")
                                .diagnostic("550 5.1.1 User unknown"),
                        Expect.rcpt("neko@example.net").remote("192.0.2.223").command("DATA")
                                .diagnostic("554 5.4.6 Hop count exceeded - possible mail loop"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void readsTheRecipientsAndTheReason(FormatRecognizer format, String subject, String body, List<Expect> expected) {
        MessageView message = Messages.plain("postmaster@example.org", subject, body);

        assertThat(format.matches(message)).isTrue();
        Expect.check(format.read(message).orElseThrow().recipients(), expected);
    }
}
