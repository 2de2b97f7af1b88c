package io.github.ndrclassifier.knowledge;

import static io.github.ndrclassifier.knowledge.Recipients.recipient;
import static io.github.ndrclassifier.knowledge.Recipients.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.report.Kind;
import io.github.ndrclassifier.report.Reason;
import io.github.ndrclassifier.report.RecipientResult;

/** Where in the mail flow a failure was generated, through the built-in knowledge base. */
class MailFlowTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.builtIn();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # case                                       | kind     | recipient                | reporting MTA               | remote MTA                              | status | reason      | diagnostic                                                      | expected
            remote MTA in the recipient's domain         | DSN      | user@example.com         | mail.example.net            | mx1.example.com                         | 5.1.1  | USERUNKNOWN | 550 5.1.1 No such user                                          | recipient-server
            hosted MX named after the recipient's domain | DSN      | user@example.com         | am6pr07mb1.prod.outlook.com | example-com.mail.protection.outlook.com | 5.1.1  | USERUNKNOWN | 550 5.1.1 No such user                                          | recipient-server
            remote MTA of the sending organisation       | DSN      | user@example.com         | mx4.corp.sender.co.jp       | smarthost.sender.co.jp                  | 5.7.1  | NORELAYING  | 550 5.7.1 Relaying denied                                       | next-hop
            remote MTA elsewhere                         | DSN      | user@example.com         | mail.example.net            | mx.provider.net                         | 5.2.2  | MAILBOXFULL | 552 5.2.2 Mailbox full                                          | recipient-server
            remote MTA given as an IP address            | DSN      | user@example.com         | mail.example.net            | [192.0.2.25]                            | 5.2.2  | MAILBOXFULL | 552 5.2.2 Mailbox full                                          | recipient-server
            remote MTA is the reporting MTA itself       | DSN      | user@example.com         | mail.example.net            | mail.example.net                        | 4.4.7  | EXPIRED     | 451 4.4.7 delivery time expired                                 | own-server
            diagnostic quotes a remote reply             | NDR      | user@example.com         | mail.example.net            | -                                       | 5.1.1  | USERUNKNOWN | host mx.example.com[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command) | recipient-server
            Exim quotes the remote server                | NDR      | user@example.com         | mail.example.net            | -                                       | 5.2.2  | MAILBOXFULL | SMTP error from remote mail server after RCPT TO:<user@example.com>: 552 5.2.2 over quota | recipient-server
            reporting MTA in the recipient's domain      | DSN      | user@example.co.jp       | mx2.mail.example.co.jp      | -                                       | 5.2.2  | MAILBOXFULL | 552 5.2.2 Mailbox full                                          | recipient-server
            a co.jp neighbour is another organisation    | DSN      | user@example.co.jp       | mx.other.co.jp              | -                                       | 5.2.2  | MAILBOXFULL | 552 5.2.2 Mailbox full                                          | unknown
            expired in the reporting MTA's queue         | DSN      | user@example.com         | mail.example.net            | -                                       | 4.4.7  | EXPIRED     | 451 4.4.7 delivery time expired                                 | own-server
            DNS failure decided by the reporting MTA     | NDR      | user@example.invalid     | mail.example.net            | -                                       | 5.0.0  | HOSTUNKNOWN | Host or domain name not found. Name service error               | own-server
            Exchange Online could not connect            | DSN      | user@example.com         | am6pr07mb1.prod.outlook.com | -                                       | 4.4.316| NETWORKERROR| 451 4.4.316 Connection refused                                  | own-server
            nothing tells                                | DSN      | user@example.com         | mail.example.net            | -                                       | 5.1.1  | USERUNKNOWN | 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found                 | unknown
            a complaint comes from the recipient's side  | FEEDBACK | user@example.com         | feedback.example.org        | -                                       | -      | FEEDBACK    | -                                                               | recipient-server
            """)
    void generatedBy(String name, Kind kind, String address, String reportingMta, String remoteMta, String status,
                     Reason reason, String diagnostic, String expected) {
        Optional<EnhancedStatusCode> code = Optional.ofNullable(status).flatMap(EnhancedStatusCode::parse);
        RecipientResult r = recipient(address, code, diagnostic, reason,
                code.map(EnhancedStatusCode::isPermanent).orElse(false), remoteMta);

        Explanation e = KNOWLEDGE.explain(r, report(kind, reportingMta, r)).orElseThrow();

        assertThat(e.generatedBy().value()).isEqualTo(expected);
    }
}
