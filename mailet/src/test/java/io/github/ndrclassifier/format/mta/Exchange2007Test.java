package io.github.ndrclassifier.format.mta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.classify.RecipientFacts;
import io.github.ndrclassifier.dsn.Action;
import io.github.ndrclassifier.format.MessageView;
import io.github.ndrclassifier.report.Reason;

class Exchange2007Test {
    @Test
    void readsTheAdministratorsSection() {
        MessageView message = Messages.plain("mailer-daemon@example.com", "Undeliverable: Hello", """
                Delivery has failed to these recipients or distribution lists:

                Neko<mailto:mikeneko@example.co.jp>
                The recipient's e-mail address was not found in the recipient's e-mail system.

                ________________________________
                Sent by Microsoft Exchange Server 2007

                Diagnostic information for administrators:

                Generating server: mta4.example.org

                mikeneko@example.co.jp
                #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

                kijitora@example.co.jp
                3/09/2016 8:05:56 PM - Remote Server at mx.example.co.jp (10.1.1.3) returned '550 4.4.7 QUEUE.Expired; message expired'

                Original message headers:
                """);
        Exchange2007 exchange = new Exchange2007();

        assertThat(exchange.matches(message)).isTrue();
        Expect.check(exchange.read(message).orElseThrow().recipients(), List.of(
                Expect.rcpt("mikeneko@example.co.jp").diagnostic("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
                Expect.rcpt("kijitora@example.co.jp").remote("mx.example.co.jp")
                        .diagnostic("550 4.4.7 QUEUE.Expired; message expired")));
    }

    private static final String EXPIRED_AFTER_ATTEMPTS = """
            Delivery has failed to these recipients or groups:

            tama@example.net
            The server has tried to deliver this message, without success, and has stopped trying.

            Diagnostic information for administrators:

            Generating server: ex1.example.org

            tama@example.net
            5/02/2021 9:00:00 PM - Remote Server at mx.example.net (192.0.2.5) returned '550 4.4.7 QUEUE.Expired; message expired'
            5/02/2021 8:50:00 PM - Remote Server at mx.example.net (192.0.2.5) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError."'

            Original message headers:
            """;

    @Test
    void anExpiryIsExplainedByTheAttemptBeforeIt() {
        MessageView message = Messages.plain("postmaster@example.org", "Undeliverable: Hello", EXPIRED_AFTER_ATTEMPTS);

        List<RecipientFacts> facts = new Exchange2007().read(message).orElseThrow().recipients();

        Expect.check(facts, List.of(Expect.rcpt("tama@example.net").remote("mx.example.net").diagnostic(
                "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"")));
        assertThat(facts.get(0).reasonHint()).contains(Reason.EXPIRED);
    }

    @Test
    void aReportsExpiryVerdictGivesWayToTheAttemptBehindIt() {
        MessageView message = Messages.plain("postmaster@example.org", "Undeliverable: Hello", EXPIRED_AFTER_ATTEMPTS);
        RecipientFacts fromReport = RecipientFacts.builder("tama@example.net").action(Action.FAILED).status("4.4.7")
                .diagnosticType("smtp").diagnostic("550 4.4.7 QUEUE.Expired; message expired").build();
        RecipientFacts withoutAttempts = RecipientFacts.builder("other@example.net").action(Action.FAILED)
                .status("4.4.7").diagnosticType("smtp").diagnostic("550 4.4.7 QUEUE.Expired; message expired").build();

        List<RecipientFacts> refined = new Exchange2007().refine(message, List.of(fromReport, withoutAttempts));

        Expect.check(refined, List.of(
                Expect.rcpt("tama@example.net").status("4.4.7").diagnostic(
                        "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\""),
                Expect.rcpt("other@example.net").diagnostic("550 4.4.7 QUEUE.Expired; message expired")));
    }

    @Test
    void office365NamesTheHostThatRefused() {
        MessageView message = Messages.plain("Microsoft Outlook <postmaster@outlook.com>", "Undeliverable: Hello", """
                msmx.example.com rejected your message to the following email addresses:

                When Office 365 tried to send the message, the external email server returned the error below.

                Diagnostic information for administrators:

                Generating server: SG2APC01HT247.mail.protection.outlook.com

                neko@example.com
                msmx.example.com
                Remote Server returned '550 5.1.351 Remote server returned unknown recipient -> 550 : User unknown'

                Original message headers:
                """);
        Office365 office365 = new Office365();

        assertThat(office365.matches(message)).isTrue();
        Expect.check(office365.read(message).orElseThrow().recipients(), List.of(Expect.rcpt("neko@example.com")
                .remote("msmx.example.com")
                .diagnostic("550 5.1.351 Remote server returned unknown recipient -> 550 : User unknown")));
    }
}
