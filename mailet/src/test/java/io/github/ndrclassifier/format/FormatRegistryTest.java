package io.github.ndrclassifier.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.github.ndrclassifier.mime.MessageParseException;
import io.github.ndrclassifier.mime.MessageScanner;

class FormatRegistryTest {
    @Test
    void anInlineReportIsCompletedByTheFamilyThatWroteIt() throws MessageParseException {
        String raw = """
                From: MAILER-DAEMON@example.org (Mail Delivery System)
                Subject: Delayed Mail (still being retried)
                Content-Type: multipart/mixed; boundary="lost"

                This is the mail system at host smtp.example.org.

                # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #

                                   The mail system

                <kijitora@example.com>: connect to
                    nyaan.example.com[192.0.2.2]:25: No route to host

                Reporting-MTA: dns; smtp.example.org

                Final-Recipient: rfc822; kijitora@example.com
                Action: delayed
                Status: 4.4.1
                Diagnostic-Code: X-Postfix; connect to
                    nyaan.example.com[192.0.2.2]:25: No route to host
                """;
        MessageView view = new MessageView(new MessageScanner().scan(raw.getBytes(StandardCharsets.UTF_8)));

        NdrReport report = FormatRegistry.defaults().read(view).orElseThrow();

        assertThat(report.format()).isEqualTo("postfix");
        assertThat(report.reportingMta()).contains("smtp.example.org");
        assertThat(report.recipients().get(0).status()).contains("4.4.1");
        assertThat(report.recipients().get(0).command()).contains("CONN");
        assertThat(report.recipients().get(0).remoteMta()).contains("nyaan.example.com");
    }

    @Test
    void anInlineReportIsReadFromItsFirstField() throws MessageParseException {
        String raw = """
                From: postmaster@example.org
                Subject: Returned mail

                Your message could not be delivered.

                Original-Recipient: rfc822; nyaan@example.com
                Final-Recipient: rfc822; kijitora@example.com
                Action: failed
                Status: 5.1.1

                Reporting-MTA: dns; later.example.org
                """;
        MessageView view = new MessageView(new MessageScanner().scan(raw.getBytes(StandardCharsets.UTF_8)));

        NdrReport report = FormatRegistry.defaults().read(view).orElseThrow();

        assertThat(report.format()).isEqualTo("rfc3464");
        assertThat(report.recipients()).hasSize(1);
        assertThat(report.recipients().get(0).address()).isEqualTo("kijitora@example.com");
        assertThat(report.recipients().get(0).originalRecipient()).contains("nyaan@example.com");
        assertThat(report.recipients().get(0).status()).contains("5.1.1");
    }
}
