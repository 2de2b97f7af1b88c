package io.github.ndrclassifier.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How recipient groups are told apart when their writers leave out blank lines or order fields oddly. */
class DeliveryStatusGroupsTest {
    private final DeliveryStatusParser parser = new DeliveryStatusParser();

    @Test
    void anActionBeforeTheRecipientBelongsToItsGroup() {
        DeliveryStatus status = parser.parse("""
                Reporting-MTA: dsn; a27-80.smtp-out.us-west-2.amazonses.com

                Action: failed
                Final-Recipient: rfc822; gone@example.jp
                Original-Recipient: rfc822; gone@example.jp
                Diagnostic-Code: smtp; 550 5.1.1 User Unknown
                Status: 5.1.1
                """);
        assertThat(status.recipients()).hasSize(1);
        PerRecipientFields group = status.recipients().get(0);
        assertThat(group.recipient()).map(TypedAddress::address).contains("gone@example.jp");
        assertThat(group.action()).contains(Action.FAILED);
        assertThat(group.status()).contains("5.1.1");
    }

    @Test
    void aRecipientAfterAnotherGroupsOutcomeStartsANewGroup() {
        DeliveryStatus status = parser.parse("""
                Final-Recipient: rfc822; one@example.jp
                Action: failed
                Status: 5.1.1
                Final-Recipient: rfc822; two@example.jp
                Action: delayed
                Status: 4.4.1
                """);
        assertThat(status.recipients()).extracting(g -> g.recipient().map(TypedAddress::address).orElse(""))
                .containsExactly("one@example.jp", "two@example.jp");
        assertThat(status.recipients()).extracting(g -> g.action().orElse(null))
                .containsExactly(Action.FAILED, Action.DELAYED);
    }

    @Test
    void whiteSpaceBeforeTheColonIsAllowed() {
        DeliveryStatus status = parser.parse("""
                Reporting-MTA : dns;eu-smtp-inbound-delivery-1.example.com
                Action : failed
                Status : 5.0.0
                Diagnostic-Code : smtp;550 5.7.54 Unable to relay recipient in non-accepted domain
                Final-Recipient : rfc822;gone@example.net
                """);
        assertThat(status.perMessage().reportingMta()).map(MtaName::host)
                .contains("eu-smtp-inbound-delivery-1.example.com");
        assertThat(status.recipients()).hasSize(1);
        assertThat(status.recipients().get(0).diagnosticCode()).map(DiagnosticCode::text)
                .contains("550 5.7.54 Unable to relay recipient in non-accepted domain");
    }
}
