package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.report.Reason;

class OpenSmtpdTest {
    private final OpenSmtpd openSmtpd = new OpenSmtpd();

    private static MessageView notice(String intro, String recipients) {
        return Messages.plain("MAILER-DAEMON@df.example.jp", "Delivery status notification: error", """
                    Hi!

                    This is the MAILER-DAEMON, please DO NOT REPLY to this email.

                """ + intro + "\n" + recipients + """

                    Below is a copy of the original message:

                Subject: hello
                """);
    }

    @Test
    void readsOneLinePerRecipient() {
        MessageView message = notice("""
                    An error has occurred while attempting to deliver a message for
                    the following list of recipients:
                """, """
                userunknown@example.net: 550 5.1.1 <userunknown@example.net>: Recipient address rejected: User unknown
                mailboxfull@example.net: 552 5.2.2 <mailboxfull@example.net>: Recipient address rejected: Mailbox full
                """);

        assertThat(openSmtpd.matches(message)).isTrue();
        List<RecipientFacts> facts = openSmtpd.read(message).orElseThrow().recipients();
        Expect.check(facts, List.of(
                Expect.rcpt("userunknown@example.net")
                        .diagnostic("550 5.1.1 <userunknown@example.net>: Recipient address rejected: User unknown"),
                Expect.rcpt("mailboxfull@example.net")
                        .diagnostic("552 5.2.2 <mailboxfull@example.net>: Recipient address rejected: Mailbox full")));
        assertThat(facts).allMatch(f -> f.action().orElseThrow() == Action.FAILED);
    }

    @Test
    void aDelayNoticeMarksTheRecipientsDelayed() {
        MessageView message = notice("""
                    A message is delayed for more than 4 hours for the following
                    list of recipients:
                """, "neko@example.com: 421 4.7.0 Messages temporarily deferred\n");

        assertThat(openSmtpd.read(message).orElseThrow().recipients().get(0).action()).contains(Action.DELAYED);
    }

    @Test
    void anExpiredEnvelopeIsAFinalFailure() {
        MessageView message = notice("""
                    A message is delayed for more than 0 seconds for the following
                    list of recipients:
                """, "neko@example.com: Envelope expired\n");

        RecipientFacts facts = openSmtpd.read(message).orElseThrow().recipients().get(0);
        assertThat(facts.action()).contains(Action.FAILED);
        assertThat(facts.reasonHint()).contains(Reason.EXPIRED);
        assertThat(facts.status()).contains("5.4.7");
    }
}
