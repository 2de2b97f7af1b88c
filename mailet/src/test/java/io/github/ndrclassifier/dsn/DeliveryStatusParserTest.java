package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryStatusParserTest {
    private final DeliveryStatusParser parser = new DeliveryStatusParser();

    @Test
    void readsPerMessageAndPerRecipientFields() {
        DeliveryStatus status = parser.parse("""
                Reporting-MTA: dns; mx.example.org
                Received-From-MTA: dns; client.example.net
                Original-Envelope-Id: 0123ABC
                Arrival-Date: Thu, 29 Apr 2021 23:45:41 +0900

                Original-Recipient: rfc822;kijitora@example.org
                Final-Recipient: rfc822; neko@example.org
                Action: failed
                Status: 5.1.1
                Remote-MTA: dns; mx2.example.org
                Diagnostic-Code: smtp; 550 5.1.1 User unknown
                Last-Attempt-Date: Thu, 29 Apr 2021 23:45:42 +0900
                Final-Log-ID: 12345
                X-Actual-Recipient: rfc822; n@example.org
                """);
        PerMessageFields message = status.perMessage();
        assertThat(message.reportingMta()).map(MtaName::host).contains("mx.example.org");
        assertThat(message.receivedFromMta()).map(MtaName::host).contains("client.example.net");
        assertThat(message.originalEnvelopeId()).contains("0123ABC");
        assertThat(message.arrivalDate()).contains("Thu, 29 Apr 2021 23:45:41 +0900");
        assertThat(status.recipients()).hasSize(1);
        PerRecipientFields r = status.recipients().get(0);
        assertThat(r.originalRecipient()).map(TypedAddress::address).contains("kijitora@example.org");
        assertThat(r.finalRecipient()).map(TypedAddress::address).contains("neko@example.org");
        assertThat(r.action()).contains(Action.FAILED);
        assertThat(r.status()).contains("5.1.1");
        assertThat(r.remoteMta()).map(MtaName::host).contains("mx2.example.org");
        assertThat(r.diagnosticCode()).contains(new DiagnosticCode("SMTP", "550 5.1.1 User unknown"));
        assertThat(r.lastAttemptDate()).contains("Thu, 29 Apr 2021 23:45:42 +0900");
        assertThat(r.finalLogId()).contains("12345");
        assertThat(r.extension("x-actual-recipient")).contains("rfc822; n@example.org");
    }

    @Test
    void joinsFoldedAndMultiLineDiagnostics() {
        DeliveryStatus status = parser.parse("""
                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; neko@example.org
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
                    not exist. Please try
                \t550-5.1.1 double-checking the recipient's email address for typos or
                    550 5.1.1 unnecessary spaces.
                """);
        assertThat(status.recipients().get(0).diagnosticCode()).map(DiagnosticCode::text).contains(
                "550-5.1.1 The email account that you tried to reach does not exist. Please try "
                        + "550-5.1.1 double-checking the recipient's email address for typos or "
                        + "550 5.1.1 unnecessary spaces.");
    }

    @Test
    void keepsTheCommentAfterTheStatus() {
        DeliveryStatus status = parser.parse("Final-Recipient: rfc822; a@example.org\nAction: failed\n"
                + "Status: 5.0.0 (permanent failure)\n");
        assertThat(status.recipients().get(0).status()).contains("5.0.0 (permanent failure)");
        assertThat(EnhancedStatusCode.find(status.recipients().get(0).status().orElseThrow()))
                .hasValueSatisfying(code -> assertThat(code).hasToString("5.0.0"));
    }

    @Test
    void separatesGroupsByAnyNumberOfBlankLines() {
        DeliveryStatus status = parser.parse("""
                Reporting-MTA: dns; mx.example.org


                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1



                Final-Recipient: rfc822; b@example.org
                Action: delayed
                Status: 4.2.2
                """);
        assertThat(status.recipients()).extracting(r -> r.finalRecipient().orElseThrow().address())
                .containsExactly("a@example.org", "b@example.org");
        assertThat(status.recipients()).extracting(r -> r.action().orElseThrow())
                .containsExactly(Action.FAILED, Action.DELAYED);
    }

    @Test
    void startsANewGroupAtARepeatedRecipientFieldWithoutBlankLine() {
        DeliveryStatus status = parser.parse("""
                Reporting-MTA: dns; mx.example.org
                Final-Recipient: rfc822; a@example.org
                Original-Recipient: rfc822; alias-a@example.org
                Action: failed
                Status: 5.1.1
                Final-Recipient: rfc822; b@example.org
                Action: failed
                Status: 5.2.2
                Original-Recipient: rfc822; alias-c@example.org
                Final-Recipient: rfc822; c@example.org
                Action: failed
                Status: 5.4.4
                """);
        assertThat(status.perMessage().reportingMta()).isPresent();
        assertThat(status.recipients()).extracting(r -> r.recipient().orElseThrow().address())
                .containsExactly("a@example.org", "b@example.org", "c@example.org");
        assertThat(status.recipients()).extracting(r -> r.status().orElseThrow())
                .containsExactly("5.1.1", "5.2.2", "5.4.4");
        assertThat(status.recipients().get(2).originalRecipient()).map(TypedAddress::address).contains("alias-c@example.org");
    }

    @Test
    void ignoresPerMessageExtensionsAndLinesThatAreNotFields() {
        DeliveryStatus status = parser.parse("""
                Reporting-MTA: dns; mx.example.org
                X-Postfix-Queue-ID: 00000000000
                X-Postfix-Sender: rfc822; sender@example.net
                this line is not a field
                Final-Recipient: rfc822; a@example.org
                Action: failed
                Status: 5.1.1
                """);
        assertThat(status.recipients()).hasSize(1);
        assertThat(status.recipients().get(0).extensions()).isEmpty();
    }

    @Test
    void readsAnyLineEnding() {
        String lf = "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\n"
                + "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1\n  user unknown\n";
        DeliveryStatus expected = parser.parse(lf);
        assertThat(parser.parse(lf.replace("\n", "\r\n"))).isEqualTo(expected);
        assertThat(parser.parse(lf.replace("\n", "\r"))).isEqualTo(expected);
        assertThat(expected.recipients().get(0).diagnosticCode()).map(DiagnosticCode::text)
                .contains("550 5.1.1 user unknown");
    }

    @Test
    void keepsTheFirstPerMessageValue() {
        DeliveryStatus status = parser.parse("Reporting-MTA: dns; first.example.org\n\n"
                + "Final-Recipient: rfc822; a@example.org\nStatus: 5.1.1\n\nReporting-MTA: dns; second.example.org\n");
        assertThat(status.perMessage().reportingMta()).map(MtaName::host).contains("first.example.org");
    }

    @Test
    void givesAnEmptyReportForGarbage() {
        assertThat(parser.parse("\u0000\u0001 garbage ::: \n\n\n").recipients()).isEmpty();
        assertThat(parser.parse("").perMessage()).isEqualTo(PerMessageFields.EMPTY);
    }

    @Test
    void boundsTheNumberOfGroups() {
        StringBuilder report = new StringBuilder("Reporting-MTA: dns; mx.example.org\n\n");
        for (int i = 0; i < DeliveryStatusParser.MAX_RECIPIENTS + 50; i++) {
            report.append("Final-Recipient: rfc822; u").append(i).append("@example.org\nStatus: 5.1.1\n\n");
        }
        assertThat(parser.parse(report).recipients()).hasSize(DeliveryStatusParser.MAX_RECIPIENTS);
    }

    @Test
    void knowsFieldNamesInAnyCaseAndKeepsOthersAsLowerCaseExtensions() {
        DeliveryStatus status = parser.parse("""
                REPORTING-mta: dns; mx.example.org
                X-Postfix-Queue-ID: 4711

                final-RECIPIENT: rfc822; neko@example.org
                ACTION: failed
                Status : 5.1.1
                X-Remote-Host: mx2.example.org
                Final-Log: not a known field
                """);
        assertThat(status.perMessage().reportingMta()).map(MtaName::host).contains("mx.example.org");
        PerRecipientFields r = status.recipients().get(0);
        assertThat(r.finalRecipient()).map(TypedAddress::address).contains("neko@example.org");
        assertThat(r.action()).contains(Action.FAILED);
        assertThat(r.status()).contains("5.1.1");
        assertThat(r.finalLogId()).isEmpty();
        assertThat(r.extensions()).containsOnly(java.util.Map.entry("x-remote-host", "mx2.example.org"),
                java.util.Map.entry("final-log", "not a known field"));
    }
}
