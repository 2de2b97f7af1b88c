package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.report.Reason;

class V5sendmailTest {
    private final V5sendmail v5 = new V5sendmail();

    @Test
    void eachSummaryLineTakesTheReplyOfItsDialogue() {
        MessageView message = Messages.plain("Mail Delivery Subsystem <MAILER-DAEMON@example.net>",
                "Returned mail: Host unknown", """
                           ----- Transcript of session follows -----
                        While talking to example.edu:
                        >>> DATA
                        <<< 550 You cannot send E-Mail to yourself.
                        421 example.edu (smtp)... Deferred: Connection reset by peer during result wait
                        554 <kijitora@example.edu>... Remote protocol error: Connection reset by peer
                        550 example.or.jp (smtp)... 550 Host unknown
                        554 <kuroneko@example.or.jp>... 550 Host unknown (Authoritative answer from name server)
                        While talking to mail.example.co.jp:
                        >>> RCPT To:<mikeneko@example.co.jp>
                        <<< 550 Requested User Mailbox not found.
                        550 <mikeneko@example.co.jp>... User unknown

                           ----- Unsent message follows -----
                        From: shironeko@example.jp
                        To: kijitora@example.edu
                        Subject: test
                        """);

        assertThat(v5.matches(message)).isTrue();
        Expect.check(v5.read(message).orElseThrow().recipients(), List.of(
                Expect.rcpt("kijitora@example.edu").command("DATA").remote("example.edu")
                        .diagnostic("550 You cannot send E-Mail to yourself."),
                Expect.rcpt("kuroneko@example.or.jp").diagnostic("550 Host unknown (Authoritative answer from name server)"),
                Expect.rcpt("mikeneko@example.co.jp").command("RCPT").remote("mail.example.co.jp")
                        .diagnostic("550 Requested User Mailbox not found.")));
        assertThat(v5.read(message).orElseThrow().recipients().get(1).remoteMta()).isEmpty();
    }

    @Test
    void aQueueTimeoutNamesTheRecipientOnlyInTheUnsentMessage() {
        MessageView message = Messages.plain("Mail Delivery Subsystem <MAILER-DAEMON@example.com>",
                "Returned mail: Cannot send message for 4 days", """
                           ----- Transcript of session follows -----
                        421 example.com (smtp)... Deferred: Connection timed out during user open with example.com

                           ----- Unsent message follows -----
                        From: shironeko@example.co.jp
                        To: kijitora@example.com
                        Subject: Nyaaan

                        Hello
                        """);

        RecipientFacts facts = v5.read(message).orElseThrow().recipients().get(0);
        assertThat(facts.address()).isEqualTo("kijitora@example.com");
        assertThat(facts.diagnostic()).contains(
                "421 example.com (smtp)... Deferred: Connection timed out during user open with example.com");
        assertThat(facts.reasonHint()).contains(Reason.EXPIRED);
    }

    @Test
    void aModernSendmailBounceIsNotVersion5() {
        assertThat(v5.matches(Messages.plain("MAILER-DAEMON@example.jp", "Returned mail: see transcript for details",
                "   ----- Transcript of session follows -----\n550 5.1.1 <a@example.jp>... User unknown\n")))
                .isFalse();
    }
}
