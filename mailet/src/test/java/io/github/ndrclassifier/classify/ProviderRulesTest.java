package io.github.ndrclassifier.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.ndrclassifier.dsn.EnhancedStatusCode;
import io.github.ndrclassifier.knowledge.DataFileException;
import io.github.ndrclassifier.text.TextNormalizer;

class ProviderRulesTest {
    private static final ProviderRules RULES = ProviderRules.builtIn();

    private static Optional<ProviderRules.Verdict> decide(ProviderRules rules, String remoteMta, String reportingMta,
                                                          String status, String command, String text) {
        return rules.decide(new ProviderRules.Query(Optional.ofNullable(remoteMta), Optional.ofNullable(reportingMta),
                TextNormalizer.normalize(text), Optional.ofNullable(status).flatMap(EnhancedStatusCode::parse),
                Optional.empty(), Optional.ofNullable(command)));
    }

    /** Each provider's table: remote host, status, command, diagnostic, expected provider and reason. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "gmail-smtp-in.l.google.com;5.7.26;-;550-5.7.26 This mail is unauthenticated;google;authfailure",
        "aspmx.l.google.com;5.2.1;-;550 5.2.1 The email account that you tried to reach is disabled.;google;suspend",
        "aspmx.l.google.com;5.7.1;-;550-5.7.1 This message is not RFC 5322 compliant. To reduce the amount of spam;google;notcompliantrfc",
        "aspmx.l.google.com;4.7.0;-;421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address;google;badreputation",
        "aspmx.l.google.com;4.2.1;-;450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages;google;speeding",
        "aspmx.l.google.com;5.1.2;-;553-5.1.2 We weren't able to find the recipient domain.;google;hostunknown",
        "mx1.hotmail.com;5.7.1;-;550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. (S3150);microsoft;blocked",
        "mx1.hotmail.com;-;-;550 DY-001 Mail rejected by Outlook.com for policy reasons.;microsoft;blocked",
        "mx.example.com.mail.protection.outlook.com;4.4.316;-;451 4.4.316 Connection refused;microsoft;networkerror",
        "mx.example.com.mail.protection.outlook.com;5.7.606;-;550 5.7.606 Access denied, banned sending IP [192.0.2.1];microsoft;blocked",
        "mx.example.com.mail.protection.outlook.com;5.7.649;-;550 5.7.649 Access denied;microsoft;blocked",
        "mx.example.com.mail.protection.outlook.com;5.4.1;-;550 5.4.1 Recipient address rejected: Access denied;microsoft;userunknown",
        "outlook-com.olc.protection.outlook.com;4.7.650;-;451 4.7.650 The mail server has been temporarily rate limited due to IP reputation;microsoft;badreputation",
        "mx-aol.mail.gm0.yahoodns.net;4.7.0;MAIL;421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints;yahoo;rejected",
        "mx-aol.mail.gm0.yahoodns.net;4.7.0;-;421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints;yahoo;badreputation",
        "mta6.am0.yahoodns.net;5.7.1;-;553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list;yahoo;blocked",
        "mta6.am0.yahoodns.net;-;-;554 delivery error: dd This user doesn't have a yahoo.com account;yahoo;userunknown",
        "mx01.mail.icloud.com;5.1.1;-;550 5.1.1 <a@icloud.com>: inactive email address;apple;userunknown",
        "mx.aol.com;-;-;554 RTR:BB  Connecting IP blocked;aol;blocked",
        "cxr.mx.a.cloudfilter.net;5.1.0;-;550 5.1.0 <a@example.com> sender rejected. AUP#CDRBL;cox;blocked",
        "smtp.secureserver.net;5.1.1;-;550 5.1.1 <a@example.com> - 192.0.2.1 has sent to too many recipients this hour. IB607;godaddy;speeding",
        "smtp.secureserver.net;-;-;554 192.0.2.1 is not allowed to send from example.com per its SPF Record. IB110;godaddy;authfailure",
        "us-smtp-inbound-1.mimecast.com;-;-;554 Host network not allowed;mimecast;policyviolation",
        "service.mimecast.com;-;-;554 email rejected due to security policies - MCSpamSignature;mimecast;virusdetected",
        "service.mimecast.com;-;-;550 Rejected by header based Blocked Senders - block policy;mimecast;rejected",
        "cluster1.eu.messagelabs.com;-;-;542 a@example.com Rejected;messagelabs;userunknown",
        "mx3.qq.com;-;-;550 Ip frequency limited. Blocked IP 192.0.2.1;tencent;toomanyconn",
        "smtp-in.orange.fr;5.1.1;-;550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416];franceptt;userunknown",
        "smtpz4.laposte.net;5.5.0;-;550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426;franceptt;suspend",
        "smtp-in.orange.fr;4.2.0;-;421 4.2.0 Service refuse. Veuillez essayer plus tard. OFR005_505 [505];franceptt;systemerror",
        "smtpz4.laposte.net;5.5.0;-;550 5.5.0 Service refuse. Veuillez essayer plus tard. LPN001_108;franceptt;blocked",
        "mfsmax.docomo.ne.jp;5.2.0;-;550 Unknown user a@docomo.ne.jp;nttdocomo;filtered",
        "mfsmax.docomo.ne.jp;5.0.0;RCPT;550 Unknown user a@docomo.ne.jp;nttdocomo;userunknown",
        "mfsmax.docomo.ne.jp;5.0.0;-;550 Unknown user a@docomo.ne.jp;nttdocomo;rejected",
        "mfsmax.docomo.ne.jp;5.0.0;DATA;550 Unknown user a@docomo.ne.jp;nttdocomo;rejected",
        "lsean.ezweb.ne.jp;5.0.0;-;550 : User unknown;kddi;filtered",
        "lsean.ezweb.ne.jp;5.0.0;-;550 <a@ezweb.ne.jp>: User unknown;kddi;userunknown",
        "mx.charter.net;5.1.0;-;550 5.1.0 <a@example.com> sender rejected. AUP#In-1310;spectrum;toomanyconn",
        "mx.facebook.com;5.1.1;-;550 5.1.1 RCP-P2 Refused due to recipient preferences;facebook;filtered",
        "mx.facebook.com;5.1.1;-;550 5.1.1 RCP-P1 Recipient address does not exist;facebook;userunknown",
        "mx.zoho.com;-;-;550 Mailbox full;zoho;mailboxfull",
        "mx3.email.ua;-;-;550 Mailbox is frozen. See http://mail.i.ua/err/3/;iua;suspend",
        "mms.vtext.com;-;-;No valid recipients for this MM;verizon;userunknown",
        "route1.mx.cloudflare.net;-;-;550 5.7.1 Your IP was found on one or more DNSBLs;cloudflare;blocked"})
    void eachProviderStatesItsOwnReasons(String remoteMta, String status, String command, String text,
                                        String provider, String reason) {
        assertThat(decide(RULES, remoteMta, null, status, command, text))
                .hasValueSatisfying(v -> {
                    assertThat(v.provider()).isEqualTo(provider);
                    assertThat(v.reason().value()).isEqualTo(reason);
                });
    }

    @Test
    void aProviderIsFoundByAMarkerInTheTextOrByTheReportingHost() {
        assertThat(decide(RULES, null, null, "5.2.1", null,
                "550 5.2.1 The email account that you tried to reach is disabled. https://support.google.com/mail"))
                .map(ProviderRules.Verdict::provider).contains("google");
        assertThat(decide(RULES, null, "mail-sor-f41.google.com", "4.0.0", null,
                "DNS Error: DNS type 'mx' lookup of example.jp responded with code NXDOMAIN"))
                .map(ProviderRules.Verdict::reason).map(r -> r.value()).contains("networkerror");
    }

    @Test
    void theRejectingHostComesBeforeTheReportingHost() {
        assertThat(decide(RULES, "lsean.ezweb.ne.jp", "googlemail.com", "5.0.0", null, "550 : User unknown"))
                .map(ProviderRules.Verdict::provider).contains("kddi");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "mx.example.org;-;550 5.7.606 Access denied",
        "-;-;550 Unknown user",
        "aspmx.l.google.com;5.1.1;550 5.1.1 nothing the provider documents",
        "notgoogle.com;5.7.26;550 5.7.26 unauthenticated"})
    void otherHostsAndUndocumentedTextsAreLeftToTheGeneralRules(String remoteMta, String status, String text) {
        assertThat(decide(RULES, remoteMta, null, status, null, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"dns; mx.example.com. (192.0.2.1), mx.example.com", "MX.Example.COM, mx.example.com",
        "mx.example.com [192.0.2.1], mx.example.com", "mx.example.com:25, mx.example.com"})
    void readsTheHostOfAnMtaField(String field, String host) {
        assertThat(ProviderRules.hostOf(field)).isEqualTo(host);
    }

    @Test
    void loadsRulesWithCodeRangesReplyCodesAndCommands() {
        ProviderRules rules = ProviderRules.load(new ByteArrayInputStream("""
                {"providers": [{"name": "p", "hosts": ["example.net"]}],
                 "rules": [
                   {"provider": "p", "reason": "blocked", "codes": ["x.7.600-649"]},
                   {"provider": "p", "reason": "speeding", "replyCodes": ["421"], "phrases": ["slow down"]},
                   {"provider": "p", "reason": "filtered", "commands": ["DATA"], "phrases": ["unknown user"]}]}
                """.getBytes(StandardCharsets.UTF_8)), "p.json");
        assertThat(decide(rules, "mx.example.net", null, "4.7.620", null, "x")).map(v -> v.reason().value())
                .contains("blocked");
        assertThat(decide(rules, "mx.example.net", null, "5.7.650", null, "x")).isEmpty();
        assertThat(decide(rules, "mx.example.net", null, null, "DATA", "550 unknown user")).map(v -> v.reason().value())
                .contains("filtered");
        assertThat(decide(rules, "mx.example.net", null, null, "RCPT", "550 unknown user")).isEmpty();
        assertThat(decide(rules, "mx.example.net", null, null, null, "421 slow down")).isEmpty();
    }

    @Test
    void aProviderOwnsItsHostsAndTheirSubdomainsOnly() {
        ProviderRules rules = ProviderRules.load(new ByteArrayInputStream("""
                {"providers": [{"name": "p", "hosts": ["mail.example.net"]}, {"name": "q", "hosts": ["relay"]}],
                 "rules": [
                   {"provider": "p", "reason": "blocked", "codes": ["x.7.1"]},
                   {"provider": "q", "reason": "speeding", "codes": ["x.7.1"]}]}
                """.getBytes(StandardCharsets.UTF_8)), "p.json");
        assertThat(decide(rules, "mx1.mail.example.net", null, "5.7.1", null, "x")).map(ProviderRules.Verdict::provider)
                .contains("p");
        assertThat(decide(rules, "mail.example.net.", null, "5.7.1", null, "x")).map(ProviderRules.Verdict::provider)
                .contains("p");
        assertThat(decide(rules, "example.net", null, "5.7.1", null, "x")).isEmpty();
        assertThat(decide(rules, "mail.example.net.example.org", null, "5.7.1", null, "x")).isEmpty();
        assertThat(decide(rules, "out.relay", null, "5.7.1", null, "x")).map(ProviderRules.Verdict::provider)
                .contains("q");
        assertThat(decide(rules, "relay", null, "5.7.1", null, "x")).map(ProviderRules.Verdict::provider)
                .contains("q");
    }

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("""
                        {"providers": [
                          {"name": "p", "hosts": ["example.net"]},
                          {"name": "p", "hosts": ["example.org"]}]}
                        """, 3, "unique 'name'"),
                Arguments.of("""
                        {"providers": [
                          {"name": "p"}]}
                        """, 2, "'hosts' must be"),
                Arguments.of("""
                        {"providers": [{"name": "p", "hosts": ["example.net"]}],
                         "rules": [
                           {"provider": "q", "reason": "blocked", "phrases": ["x"]}]}
                        """, 3, "unknown provider 'q'"),
                Arguments.of("""
                        {"providers": [{"name": "p", "hosts": ["example.net"]}],
                         "rules": [

                           {"provider": "p", "reason": "blocked"}]}
                        """, 4, "needs 'codes'"),
                Arguments.of("""
                        {"providers": [{"name": "p", "hosts": ["example.net"]}],
                         "rules": [
                           {"provider": "p", "reason": "blocked", "codes": ["5.7.650-600"]}]}
                        """, 3, "empty status code range"),
                Arguments.of("""
                        {"providers": [{"name": "p", "hosts": ["example.net"]}],
                         "rules": [
                           {"provider": "p", "reason": "blocked", "codes": ["5.7"]}]}
                        """, 3, "not a status code"),
                Arguments.of("""
                        {"providers": [{"name": "p", "hosts": ["example.net"]}],
                         "rules": [
                           {"provider": "p", "reason": "blocked", "replyCodes": ["55"]}]}
                        """, 3, "not an SMTP reply code"),
                Arguments.of("""
                        {"providers": [{"name": "p", "hosts": ["example.net"]}],
                         "rules": [
                           {"provider": "p", "reason": "nosuch", "phrases": ["x"]}]}
                        """, 3, "unknown reason"));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void aMalformedFileNamesTheFileAndLine(String json, int line, String problem) {
        assertThatThrownBy(() -> ProviderRules.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "p.json")).isInstanceOfSatisfying(DataFileException.class, e -> {
                    assertThat(e.source()).isEqualTo("p.json");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains(problem);
                });
    }
}
