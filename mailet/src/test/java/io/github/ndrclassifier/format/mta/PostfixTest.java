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
import io.github.ndrclassifier.format.NdrReport;

class PostfixTest {
    private static final String HEAD = """
            This is the mail system at host mx.example.org.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to <postmaster@example.org>

                               The mail system

            """;

    private final Postfix postfix = new Postfix();

    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of("remote reply wrapped over lines, two recipients", HEAD + """
                        <kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1
                            <kijitora@example.jp>... User Unknown (in reply to RCPT TO
                            command)

                        <mikeneko@example.jp>: host mx.example.jp[192.0.2.1] said: 552 5.2.2
                            Mailbox full (in reply to end of DATA command)
                        """, List.of(
                        Expect.rcpt("kijitora@example.jp").remote("mx.example.jp").command("RCPT")
                                .diagnostic("550 5.1.1 <kijitora@example.jp>... User Unknown"),
                        Expect.rcpt("mikeneko@example.jp").remote("mx.example.jp").command("DATA")
                                .diagnostic("552 5.2.2 Mailbox full"))),
                Arguments.of("alias expansion and a refused connection", HEAD + """
                        <neko@example.net> (expanded from
                            <alias@example.org>): connect to mx.example.net[192.0.2.9]:25:
                            Connection refused
                        """, List.of(
                        Expect.rcpt("neko@example.net").remote("mx.example.net").command("CONN")
                                .diagnostic("connect to mx.example.net[192.0.2.9]:25: Connection refused"))),
                Arguments.of("Postfix's own error, no remote host", """
                        This is the Postfix program at host e4.example.com.

                        For further assistance, please contact <postmaster@e4.example.com>

                        \t\t\tThe Postfix program

                        <kijitora@example.com>: Name service error for domain example.com: Host not
                            found, try again
                        """, List.of(
                        Expect.rcpt("kijitora@example.com")
                                .diagnostic("Name service error for domain example.com: Host not found, try again"))),
                Arguments.of("wrapped lines whose indentation a relay dropped", HEAD + """
                        <tama@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.2.1
                        <tama@example.jp>... User Unknown (in reply to RCPT TO command)

                        <kuro@example.jp>: host mx.example.jp[192.0.2.1] said: 452 4.2.2
                        Over quota (in reply to RCPT TO command)
                        """, List.of(
                        Expect.rcpt("tama@example.jp").remote("mx.example.jp").command("RCPT")
                                .diagnostic("550 5.2.1 <tama@example.jp>... User Unknown"),
                        Expect.rcpt("kuro@example.jp").command("RCPT").diagnostic("452 4.2.2 Over quota"))),
                Arguments.of("lost connection while sending a command", HEAD + """
                        <tora@example.com>: lost connection with mx.example.com[192.0.2.3] while
                            sending RCPT TO
                        """, List.of(Expect.rcpt("tora@example.com").remote("mx.example.com").command("RCPT"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void readsEachRecipientParagraph(String name, String body, List<Expect> expected) {
        MessageView message = Messages.plain("MAILER-DAEMON@example.org (Mail Delivery System)",
                "Undelivered Mail Returned to Sender", body);

        assertThat(postfix.matches(message)).isTrue();
        NdrReport report = postfix.read(message).orElseThrow();
        Expect.check(report.recipients(), expected);
        assertThat(report.recipients()).allMatch(f -> f.action().orElseThrow() == Action.FAILED);
    }

    @Test
    void aDelayWarningMarksTheRecipientsDelayed() {
        MessageView message = Messages.plain("MAILER-DAEMON@example.org", "Delayed Mail (still being retried)",
                HEAD.replace("I'm sorry", "#################################################################\n"
                        + "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                        + "#################################################################\n\nI'm sorry") + """
                        <neko@example.jp>: connect to mx.example.jp[192.0.2.1]:25: Connection timed out
                        """);

        RecipientFacts facts = postfix.read(message).orElseThrow().recipients().get(0);
        assertThat(facts.action()).contains(Action.DELAYED);
        assertThat(facts.command()).contains("CONN");
    }

    @Test
    void refineTakesTheReplyOutOfPostfixsDiagnosticCode() {
        MessageView message = Messages.view("""
                From: MAILER-DAEMON@example.org (Mail Delivery System)
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                This is the mail system at host example.org.

                \t\t\tThe mail system

                <kijitora@example.org>: host r2.example.org[198.51.100.24] said: 550 Protocol
                    violation (in reply to DATA command)

                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; example.org

                Final-Recipient: rfc822; kijitora@example.org
                Action: failed
                Status: 5.0.0
                Diagnostic-Code: X-Postfix; host r2.example.org[198.51.100.24] said: 550
                    Protocol violation (in reply to DATA command)

                --b--
                """);
        RecipientFacts fromReport = RecipientFacts.builder("kijitora@example.org").action(Action.FAILED)
                .status("5.0.0").diagnosticType("X-POSTFIX")
                .diagnostic("host r2.example.org[198.51.100.24] said: 550 Protocol violation (in reply to DATA command)")
                .build();

        List<RecipientFacts> refined = postfix.refine(message, List.of(fromReport));

        Expect.check(refined, List.of(Expect.rcpt("kijitora@example.org").diagnostic("550 Protocol violation")
                .command("DATA").remote("r2.example.org").status("5.0.0")));
    }

    @Test
    void withoutADeliveryReportTheReturnedMessageNamesTheRecipient() {
        MessageView message = Messages.view("""
                From: MAILER-DAEMON@example.org (Mail Delivery System)
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                This is the mail system at host example.org.

                \t--- Delivery report unavailable ---

                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; example.org

                --b
                Content-Type: message/rfc822

                From: <sender@example.org>
                To: neko@example.net
                Subject: hello

                hello
                --b--
                """);

        assertThat(postfix.read(message).orElseThrow().recipients()).extracting(RecipientFacts::address)
                .containsExactly("neko@example.net");
    }

    @Test
    void readsTheFailedSessionCopiedToThePostmaster() {
        MessageView message = Messages.plain("MAILER-DAEMON@mx.example.com (Mail Delivery System)",
                "Postfix SMTP server: errors from localhost[127.0.0.1]", """
                        Transcript of session follows.

                         Out: 220 mx.example.com ESMTP
                         In:  MAIL
                             FROM:<sender@example.org> SIZE=20088
                         Out: 250 2.1.0 Ok
                         In:  RCPT TO:<gone@example.com>
                         Out: 550 5.1.1 <gone@example.com>: Recipient address rejected
                         In:  RCPT TO:<kijitora@example.com>
                         Out: 250 2.1.5 Ok
                         In:  DATA
                         Out: 354 End data with <CR><LF>.<CR><LF>
                         Out: 451 4.3.0 Error: queue file write error
                         In:  QUIT
                        """);

        Expect.check(postfix.read(message).orElseThrow().recipients(), List.of(
                Expect.rcpt("gone@example.com").command("RCPT")
                        .diagnostic("550 5.1.1 <gone@example.com>: Recipient address rejected"),
                Expect.rcpt("kijitora@example.com").command("DATA").diagnostic("451 4.3.0 Error: queue file write error")));
    }

    @Test
    void otherMailIsNotPostfix() {
        assertThat(postfix.matches(Messages.plain("friend@example.org", "lunch", "See you at noon."))).isFalse();
    }
}
